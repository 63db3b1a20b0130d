package org.harapan.rules.region.lampungtimur;

import static org.harapan.rules.region.lampungtimur.LampungTimurRuleSet.TEXT;

import java.util.List;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.programme.ParameterOverride;
import org.harapan.programme.Programme;
import org.harapan.rules.FindingBuilder;
import org.harapan.rules.FindingKind;
import org.harapan.rules.MissingParameterException;
import org.harapan.rules.Parameters;
import org.harapan.rules.RuleContext;
import org.harapan.rules.Window;

/**
 * The KPM's (household's) P2K2 attendance over the attendance window, with each session on stunting material
 * counting as many attendances as the national parameter {@code p2k2.stuntingSessionWeight} says after the
 * regional override this rule set's programme document sets for it.
 */
record WeightedAttendance(RuleContext context, Parameters own) {

	private static final String WEIGHT = "p2k2.stuntingSessionWeight"; //$NON-NLS-1$
	private static final String SESSIONS = "p2k2.stuntingSessions"; //$NON-NLS-1$

	void count() {
		String nationalId = own.text("p2k2.nationalProgramme"); //$NON-NLS-1$
		Programme national = context.programme(nationalId).orElseThrow(() -> new MissingParameterException(
				own.label() + ": programme " + nationalId + " is not installed for this household")); //$NON-NLS-1$ //$NON-NLS-2$
		Parameters p = context.parameters(national);
		int weight = p.integer(WEIGHT);
		List<Integer> stuntingSessions = p.integers(SESSIONS);
		Window window = Window.monthsBefore(context.date(), own.integer("p2k2.windowMonths")); //$NON-NLS-1$
		FindingBuilder b = context.finding(FindingKind.COMPLIANCE, "p2k2Attendance") //$NON-NLS-1$
				.subject("p2k2:weightedAttendance") //$NON-NLS-1$
				.parameter(WEIGHT, weight, weightSource(p, nationalId))
				.parameter(SESSIONS, p.text(SESSIONS), p.label())
				.parameter("p2k2.windowMonths", own.integer("p2k2.windowMonths"), own.label()); //$NON-NLS-1$ //$NON-NLS-2$
		int sessions = 0;
		int stunting = 0;
		for (Attendance a : context.household().getAttendances()) {
			if (a.getStatus() == AttendanceStatus.PRESENT && window.contains(a.getSessionDate())) {
				sessions++;
				boolean weighed = stuntingSessions.contains(a.getSessionNumber());
				stunting += weighed ? 1 : 0;
				b.fact(weighed ? "stuntingSession" : "session", a.getSessionNumber(), a); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		int weighted = sessions - stunting + stunting * weight;
		b.fact("weightedAttendance", weighted, context.household()) //$NON-NLS-1$
				.outcome(sessions == 0 ? "none" : "attended") //$NON-NLS-1$ //$NON-NLS-2$
				.add(TEXT.text("p2k2.weighted", window.from().toString(), window.to().toString(), sessions, stunting, //$NON-NLS-1$
						p.text(SESSIONS), weight, weighted));
	}

	/** The national label, and this programme's when its document overrides the weight. */
	private String weightSource(Parameters national, String nationalId) {
		for (ParameterOverride o : own.version().getOverrides()) {
			if (nationalId.equals(o.getProgrammeId()) && WEIGHT.equals(o.getKey())) {
				return own.label() + " overrides " + national.label(); //$NON-NLS-1$
			}
		}
		return national.label();
	}
}
