package org.harapan.rules.pkh;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Household;
import org.harapan.programme.SanctionPolicy;

/**
 * The sanction ladder over the household's monthly verification records: a month is compliant (every record met
 * or not applicable), non-compliant (a record not met), exempt (every record exempt: the service was not
 * available) or not verified (no record; a violation only when the programme says so). Consecutive non-compliant
 * months cut the payment, each full cycle of them suspends it and the {@code cancelAfterCycles}-th cycle (counted
 * over the whole history, a reinstatement does not reset it) cancels; compliant months reinstate a suspended
 * household. Exempt and unverified months neither break nor extend a run.
 */
final class SanctionLadder {

	enum MonthState {
		COMPLIANT, NON_COMPLIANT, EXEMPT, NOT_VERIFIED
	}

	enum Step {
		CUT, SUSPENDED, CANCELLED, REINSTATED
	}

	/** The state of one month with the record that decided it (a not-met record, else the first record). */
	record Month(YearMonth month, MonthState state, ComplianceRecord record) {
	}

	/** A step of the ladder, in the month it happened, after {@code run} consecutive non-compliant months. */
	record Event(YearMonth month, Step step, int run, ComplianceRecord record) {
	}

	/** The walk: every month, every step, the state at the end. */
	record Result(List<Month> months, List<Event> events, boolean suspended, boolean cancelled, int run) {
	}

	private SanctionLadder() {
	}

	/** Walks the months from the first record up to and including {@code last}. */
	static Result walk(Household h, YearMonth last, SanctionPolicy policy) {
		Map<YearMonth, List<ComplianceRecord>> byMonth = new TreeMap<>();
		for (ComplianceRecord r : h.getComplianceRecords()) {
			if (r.getMonth() != null && !r.getMonth().isAfter(last)) {
				byMonth.computeIfAbsent(r.getMonth(), k -> new ArrayList<>()).add(r);
			}
		}
		List<Month> months = new ArrayList<>();
		List<Event> events = new ArrayList<>();
		if (byMonth.isEmpty()) {
			return new Result(months, events, false, false, 0);
		}
		int cycle = Math.max(1, policy.getSuspendAfterMonths());
		int cancelAfter = Math.max(1, policy.getCancelAfterCycles());
		int reinstateAfter = Math.max(1, policy.getReinstateAfterMonths());
		int run = 0;
		int cycles = 0;
		int compliantRun = 0;
		boolean suspended = false;
		boolean cancelled = false;
		for (YearMonth m = byMonth.keySet().iterator().next(); !m.isAfter(last); m = m.plusMonths(1)) {
			Month month = state(m, byMonth.get(m), policy.isNotVerifiedIsViolation());
			months.add(month);
			if (cancelled) {
				continue;
			}
			switch (month.state()) {
			case NON_COMPLIANT -> {
				run++;
				compliantRun = 0;
				if (run % cycle == 0) {
					cycles++;
					if (cycles >= cancelAfter) {
						cancelled = true;
						events.add(new Event(m, Step.CANCELLED, run, month.record()));
					} else {
						suspended = true;
						events.add(new Event(m, Step.SUSPENDED, run, month.record()));
					}
				} else if (!suspended) {
					events.add(new Event(m, Step.CUT, run, month.record()));
				}
			}
			case COMPLIANT -> {
				compliantRun++;
				if (suspended && compliantRun >= reinstateAfter) {
					suspended = false;
					run = 0;
					events.add(new Event(m, Step.REINSTATED, 0, month.record()));
				} else if (!suspended) {
					run = 0;
				}
			}
			default -> {
				// exempt or not verified: neither breaks nor extends the run
			}
			}
		}
		return new Result(months, events, suspended, cancelled, run);
	}

	private static Month state(YearMonth m, List<ComplianceRecord> records, boolean notVerifiedIsViolation) {
		if (records == null || records.isEmpty()) {
			return new Month(m, notVerifiedIsViolation ? MonthState.NON_COMPLIANT : MonthState.NOT_VERIFIED, null);
		}
		boolean allExempt = true;
		for (ComplianceRecord r : records) {
			if (r.getStatus() == ComplianceStatus.NOT_MET) {
				return new Month(m, MonthState.NON_COMPLIANT, r);
			}
			allExempt &= r.getStatus() == ComplianceStatus.EXEMPT;
		}
		return new Month(m, allExempt ? MonthState.EXEMPT : MonthState.COMPLIANT, records.get(0));
	}
}
