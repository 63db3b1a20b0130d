package org.harapan.rules.pkh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.RuleContext;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Sentences;
import org.harapan.rules.Text;
import org.osgi.service.component.annotations.Component;

/**
 * The national PKH rules: components and caps, the benefit of a tahap, commitment verification and the sanction
 * ladder, graduation. Every figure comes from the programme document {@code programmes/pkh-national.programme}.
 */
@Component(service = RuleSet.class)
public final class PkhRuleSet implements RuleSet {

	/** The id of this rule set and of its programme document. */
	public static final String ID = "pkh.national"; //$NON-NLS-1$
	static final Sentences TEXT = Sentences.of(PkhRuleSet.class);

	private final Programme programme;

	public PkhRuleSet() {
		this(load());
	}

	/** With another version of the programme document (dry runs, tests). */
	public PkhRuleSet(Programme programme) {
		this.programme = programme;
	}

	/** The national PKH programme document shipped with this bundle. */
	public static Programme load() {
		try {
			return ProgrammeDocuments.load(PkhRuleSet.class, "programmes/pkh-national.programme"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Text title() {
		return TEXT.text("title"); //$NON-NLS-1$
	}

	@Override
	public String version() {
		return "2021.1"; //$NON-NLS-1$
	}

	@Override
	public String regionCode() {
		return ""; //$NON-NLS-1$
	}

	@Override
	public LocalDate effectiveFrom() {
		// from the first parameter version of the programme document
		return programme.getVersions().stream().map(v -> v.getEffectiveFrom()).min(LocalDate::compareTo)
				.orElse(LocalDate.MAX);
	}

	@Override
	public List<Programme> programmes() {
		return List.of(programme);
	}

	@Override
	public RuleSet withProgramme(Programme changed) {
		return ID.equals(changed.getId()) ? new PkhRuleSet(changed) : null;
	}

	@Override
	public List<String> parameterKeys() {
		return List.of("components", "caps", "maxComponents", "fixedPerFamilyRp", "tahaps", "conditionalities", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"sanction", "graduation"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void evaluate(RuleContext context) {
		PkhEvaluation e = new PkhEvaluation(context, context.parameters(programme));
		context.rule("components", e::components); //$NON-NLS-1$
		context.rule("compliance", e::compliance); //$NON-NLS-1$
		context.rule("benefit", e::benefit); //$NON-NLS-1$
		context.rule("graduation", e::graduation); //$NON-NLS-1$
	}
}
