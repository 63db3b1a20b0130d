package org.harapan.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.harapan.programme.AidBenefit;
import org.harapan.programme.Parameter;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;

/**
 * A rule set whose identity comes from its own programme document: id, title, region and first day are the
 * document's, the parameter keys are those its versions hold. Regional rule sets extend it with their rules in
 * {@link #evaluate(RuleContext)}.
 */
public abstract class ProgrammeRuleSet implements RuleSet {

	private final Programme programme;
	private final String version;

	/** Rules of version {@code version} (of the code, e.g. {@code 2025.1}) over the document {@code programme}. */
	protected ProgrammeRuleSet(Programme programme, String version) {
		this.programme = programme;
		this.version = version;
	}

	/** Reads the programme document {@code resourcePath} shipped in {@code anchor}'s bundle. */
	protected static Programme load(Class<?> anchor, String resourcePath) {
		try {
			return ProgrammeDocuments.load(anchor, resourcePath);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The same rules over another version of the document (a dry run of a changed programme). */
	protected abstract RuleSet with(Programme changed);

	@Override
	public RuleSet withProgramme(Programme changed) {
		return programme.getId().equals(changed.getId()) ? with(changed) : null;
	}

	/** The rule set's own programme document. */
	public final Programme programme() {
		return programme;
	}

	@Override
	public String version() {
		return version;
	}

	@Override
	public String id() {
		return programme.getId();
	}

	@Override
	public Text title() {
		return new Text(programme.getTitle(), programme.getTitleEn());
	}

	@Override
	public String regionCode() {
		return programme.getRegionCode() == null ? "" : programme.getRegionCode(); //$NON-NLS-1$
	}

	/** The first day of the document's earliest parameter version. */
	@Override
	public LocalDate effectiveFrom() {
		LocalDate first = null;
		for (ParameterVersion v : programme.getVersions()) {
			if (v.getEffectiveFrom() != null && (first == null || v.getEffectiveFrom().isBefore(first))) {
				first = v.getEffectiveFrom();
			}
		}
		return first == null ? LocalDate.MAX : first;
	}

	@Override
	public List<Programme> programmes() {
		return List.of(programme);
	}

	/** The named parameters, aids ({@code aid:id}) and overrides ({@code programme#key}) of every version. */
	@Override
	public List<String> parameterKeys() {
		Set<String> keys = new LinkedHashSet<>();
		for (ParameterVersion v : programme.getVersions()) {
			for (Parameter p : v.getParameters()) {
				keys.add(p.getKey());
			}
			for (AidBenefit a : v.getAids()) {
				keys.add("aid:" + a.getId()); //$NON-NLS-1$
			}
			v.getOverrides().forEach(o -> keys.add(o.getProgrammeId() + '#' + o.getKey()));
		}
		return List.copyOf(keys);
	}
}
