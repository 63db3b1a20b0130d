package org.harapan.ui.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.harapan.programme.AidBenefit;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentCap;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.Parameter;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.ProgrammePackage.Literals;
import org.harapan.programme.SanctionPolicy;
import org.harapan.programme.Tahap;
import org.harapan.ui.programme.internal.Messages;

/**
 * The checks of a programme document the editor shows at the field and lists: missing or overlapping periods
 * (versions, tahap months), negative amounts, caps below zero, percentages outside 0-100, ages the wrong way round,
 * a component or parameter twice in one version.
 */
public final class ProgrammeValidation {

	private final List<Problem> problems = new ArrayList<>();

	private ProgrammeValidation() {
	}

	/** Every problem of {@code programme}, in document order. */
	public static List<Problem> validate(Programme programme) {
		ProgrammeValidation v = new ProgrammeValidation();
		v.programme(programme);
		return List.copyOf(v.problems);
	}

	private void add(EObject o, EStructuralFeature f, String message, Object... bindings) {
		problems.add(new Problem(o, f, NLS.bind(message, bindings)));
	}

	private void programme(Programme p) {
		if (p.getId() == null || p.getId().isBlank()) {
			add(p, Literals.PROGRAMME__ID, Messages.Problem_NoId);
		}
		if (p.getVersions().isEmpty()) {
			add(p, Literals.PROGRAMME__VERSIONS, Messages.Problem_NoVersion);
		}
		Map<LocalDate, ParameterVersion> dates = new HashMap<>();
		for (ParameterVersion v : p.getVersions()) {
			if (v.getEffectiveFrom() == null) {
				add(v, Literals.PARAMETER_VERSION__EFFECTIVE_FROM, Messages.Problem_NoDate);
			} else if (dates.putIfAbsent(v.getEffectiveFrom(), v) != null) {
				add(v, Literals.PARAMETER_VERSION__EFFECTIVE_FROM, Messages.Problem_SameDate,
						Formats.date(v.getEffectiveFrom()));
			}
			version(v);
		}
	}

	private void version(ParameterVersion v) {
		notNegative(v, Literals.PARAMETER_VERSION__FIXED_PER_FAMILY_RP, v.getFixedPerFamilyRp(), Messages.Problem_NegativeAmount);
		notNegative(v, Literals.PARAMETER_VERSION__MAX_COMPONENTS, v.getMaxComponents(), Messages.Problem_NegativeCap);
		tahaps(v);
		Set<Object> components = new HashSet<>();
		for (ComponentBenefit c : v.getComponents()) {
			notNegative(c, Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP, c.getAnnualIndexRp(), Messages.Problem_NegativeAmount);
			if (c.getMinAgeYears() >= 0 && c.getMaxAgeYears() >= 0 && c.getMinAgeYears() > c.getMaxAgeYears()) {
				add(c, Literals.COMPONENT_BENEFIT__MAX_AGE_YEARS, Messages.Problem_Ages, c.getMinAgeYears(),
						c.getMaxAgeYears());
			}
			if (!components.add(c.getComponent())) {
				add(c, Literals.COMPONENT_BENEFIT__COMPONENT, Messages.Problem_ComponentTwice,
						ProgrammeLabels.component(c.getComponent()));
			}
		}
		for (ComponentCap c : v.getCaps()) {
			notNegative(c, Literals.COMPONENT_CAP__MAX_COUNT, c.getMaxCount(), Messages.Problem_NegativeCap);
		}
		for (ConditionalityRule c : v.getConditionalities()) {
			percent(c, Literals.CONDITIONALITY_RULE__THRESHOLD_PERCENT, c.getThresholdPercent());
			if (c.getVerificationMonths() < 1) {
				add(c, Literals.CONDITIONALITY_RULE__VERIFICATION_MONTHS, Messages.Problem_Months);
			}
		}
		SanctionPolicy s = v.getSanction();
		if (s != null) {
			percent(s, Literals.SANCTION_POLICY__CUT_PERCENT_PER_MONTH, s.getCutPercentPerMonth());
			notNegative(s, Literals.SANCTION_POLICY__SUSPEND_AFTER_MONTHS, s.getSuspendAfterMonths(), Messages.Problem_Negative);
			notNegative(s, Literals.SANCTION_POLICY__CANCEL_AFTER_CYCLES, s.getCancelAfterCycles(), Messages.Problem_Negative);
		}
		for (AidBenefit a : v.getAids()) {
			notNegative(a, Literals.AID_BENEFIT__AMOUNT_RP, a.getAmountRp(), Messages.Problem_NegativeAmount);
			notNegative(a, Literals.AID_BENEFIT__DURATION_DAYS, a.getDurationDays(), Messages.Problem_Negative);
		}
		Set<String> keys = new HashSet<>();
		for (Parameter p : v.getParameters()) {
			if (p.getKey() == null || p.getKey().isBlank()) {
				add(p, Literals.PARAMETER__KEY, Messages.Problem_NoKey);
			} else if (!keys.add(p.getKey())) {
				add(p, Literals.PARAMETER__KEY, Messages.Problem_KeyTwice, p.getKey());
			}
		}
	}

	/** Months 1-12, first before last, no month in two tahap, every month of the year in one. */
	private void tahaps(ParameterVersion v) {
		if (v.getTahaps().isEmpty()) {
			return; // a programme without payment stages (aid in kind)
		}
		Tahap[] owner = new Tahap[13];
		Set<Integer> numbers = new HashSet<>();
		for (Tahap t : v.getTahaps()) {
			if (!numbers.add(t.getNumber())) {
				add(t, Literals.TAHAP__NUMBER, Messages.Problem_TahapTwice, t.getNumber());
			}
			if (t.getFirstMonth() < 1 || t.getFirstMonth() > 12 || t.getLastMonth() < 1 || t.getLastMonth() > 12) {
				add(t, t.getFirstMonth() < 1 || t.getFirstMonth() > 12 ? Literals.TAHAP__FIRST_MONTH
						: Literals.TAHAP__LAST_MONTH, Messages.Problem_MonthRange);
				continue;
			}
			if (t.getFirstMonth() > t.getLastMonth()) {
				add(t, Literals.TAHAP__LAST_MONTH, Messages.Problem_MonthOrder);
				continue;
			}
			for (int m = t.getFirstMonth(); m <= t.getLastMonth(); m++) {
				if (owner[m] != null) {
					add(t, Literals.TAHAP__FIRST_MONTH, Messages.Problem_TahapOverlap, Formats.month(m),
							owner[m].getNumber());
					break;
				}
				owner[m] = t;
			}
		}
		List<String> missing = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			if (owner[m] == null) {
				missing.add(Formats.month(m));
			}
		}
		if (!missing.isEmpty() && problems.stream().noneMatch(p -> p.object().eContainer() == v
				&& p.feature() != Literals.TAHAP__NUMBER)) {
			add(v, Literals.PARAMETER_VERSION__TAHAPS, Messages.Problem_MonthsMissing, String.join(", ", missing)); //$NON-NLS-1$
		}
		int fixedIn = v.getFixedPaidInTahap();
		if (fixedIn != 0 && !numbers.contains(fixedIn)) {
			add(v, Literals.PARAMETER_VERSION__FIXED_PAID_IN_TAHAP, Messages.Problem_NoSuchTahap, fixedIn);
		}
	}

	private void notNegative(EObject o, EStructuralFeature f, long value, String message) {
		if (value < 0) {
			add(o, f, message, Formats.number(value));
		}
	}

	private void percent(EObject o, EStructuralFeature f, int value) {
		if (value < 0 || value > 100) {
			add(o, f, Messages.Problem_Percent, value);
		}
	}
}
