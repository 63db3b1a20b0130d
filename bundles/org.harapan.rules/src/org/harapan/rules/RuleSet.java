package org.harapan.rules;

import java.time.LocalDate;
import java.util.List;

import org.harapan.programme.Programme;

/**
 * A set of rules for a region and a period, registered as an OSGi service (Declarative Services): installing a
 * bundle with a rule set adds its rules, removing it removes them. The engine runs the rule sets that apply to a
 * household's desa in the order national, province, kabupaten/kota; each sees the findings of those before it.
 */
public interface RuleSet {

	/** Stable id, e.g. {@code pkh.national}, {@code region.lampungtimur.foodaid}. */
	String id();

	/** Title in Bahasa Indonesia and English. */
	Text title();

	/** Version of the rules, e.g. {@code 2021.1}. */
	String version();

	/** Kemendagri code of the region: empty for national, {@code 18} a province, {@code 18.07} a kabupaten/kota. */
	String regionCode();

	/** First day the rules apply. */
	LocalDate effectiveFrom();

	/** Last day the rules apply, or {@code null} when open-ended. */
	default LocalDate effectiveUntil() {
		return null;
	}

	/** The programme documents whose parameters the rules read (the rule set's own first). */
	List<Programme> programmes();

	/**
	 * This rule set reading {@code changed} instead of its own document of the same programme id (a dry run of a
	 * changed programme), or {@code null} when it does not read that programme.
	 */
	default RuleSet withProgramme(Programme changed) {
		return null;
	}

	/** The keys of the programme parameters the rules read, for listings. */
	List<String> parameterKeys();

	/**
	 * Evaluates one household. Each rule runs through {@link RuleContext#rule}, so that a failing rule gives an
	 * {@link FindingKind#ERROR} finding and the other rules still run.
	 */
	void evaluate(RuleContext context);
}
