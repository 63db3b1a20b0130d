package org.harapan.rules.region.jakartapusat;

import org.harapan.programme.Programme;
import org.harapan.rules.ProgrammeRuleSet;
import org.harapan.rules.RuleContext;
import org.harapan.rules.RuleSet;
import org.harapan.rules.Sentences;
import org.osgi.service.component.annotations.Component;

/**
 * Kota Administrasi Jakarta Pusat (31.71): a stunted toddler is matched to the sponsor (orang tua asuh) that adopted
 * its kelurahan. The sponsors and every figure come from {@code programmes/jakartapusat-sponsors.programme}.
 */
@Component(service = RuleSet.class)
public final class JakartaPusatRuleSet extends ProgrammeRuleSet {

	static final Sentences TEXT = Sentences.of(JakartaPusatRuleSet.class);

	public JakartaPusatRuleSet() {
		this(load(JakartaPusatRuleSet.class, "programmes/jakartapusat-sponsors.programme")); //$NON-NLS-1$
	}

	/** With another version of the programme document (dry runs, tests). */
	public JakartaPusatRuleSet(Programme programme) {
		super(programme, "2025.1"); //$NON-NLS-1$
	}

	@Override
	public void evaluate(RuleContext context) {
		context.rule("sponsor", () -> new SponsorMatch(context, context.parameters(programme())).match()); //$NON-NLS-1$
	}

	@Override
	protected RuleSet with(Programme changed) {
		return new JakartaPusatRuleSet(changed);
	}
}
