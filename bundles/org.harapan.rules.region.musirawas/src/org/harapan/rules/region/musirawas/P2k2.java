package org.harapan.rules.region.musirawas;

import static org.harapan.rules.region.musirawas.MusiRawasRuleSet.TEXT;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.rules.FindingBuilder;
import org.harapan.rules.FindingKind;
import org.harapan.rules.Parameters;
import org.harapan.rules.RuleContext;
import org.harapan.rules.Window;

/** P2K2 attendance of one KPM (household): last month's sessions, and the finance module completed. */
record P2k2(RuleContext context, Parameters parameters) {

	/** Present when the KPM attended a session last month, absent when it missed (or was excused from) all. */
	void lastMonth() {
		String desa = context.household().getDesaCode();
		String kecamatan = Arrays.stream(parameters.text("p2k2.kecamatan").trim().split("\\s+")) //$NON-NLS-1$ //$NON-NLS-2$
				.filter(k -> desa != null && desa.startsWith(k + '.')).findFirst().orElse(null);
		if (kecamatan == null) {
			return;
		}
		YearMonth month = YearMonth.from(context.date()).minusMonths(1);
		Window window = Window.of(month);
		FindingBuilder b = context.finding(FindingKind.COMPLIANCE, "monthlyAttendance").subject("p2k2:" + month) //$NON-NLS-1$ //$NON-NLS-2$
				.parameter("p2k2.kecamatan", kecamatan, parameters.label()); //$NON-NLS-1$
		int present = 0;
		int absent = 0;
		int excused = 0;
		for (Attendance a : context.household().getAttendances()) {
			if (window.contains(a.getSessionDate())) {
				b.fact(a.getStatus().getLiteral(), a.getSessionNumber(), a);
				switch (a.getStatus()) {
				case PRESENT -> present++;
				case EXCUSED -> excused++;
				default -> absent++;
				}
			}
		}
		String outcome = present > 0 ? "present" : absent + excused > 0 ? "absent" : "none"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		b.outcome(outcome).add(TEXT.text("p2k2." + outcome, month.toString(), present, absent, excused)); //$NON-NLS-1$
	}

	/** Every finance session attended (present) before the evaluation date: refer to entrepreneurship support. */
	void financeModule() {
		List<Integer> sessions = parameters.integers("p2k2.financeSessions"); //$NON-NLS-1$
		List<Attendance> attended = new ArrayList<>();
		for (int session : sessions) {
			context.household().getAttendances().stream()
					.filter(a -> a.getSessionNumber() == session && a.getStatus() == AttendanceStatus.PRESENT
							&& a.getSessionDate() != null && a.getSessionDate().isBefore(context.date()))
					.findFirst().ifPresent(attended::add);
		}
		if (attended.size() < sessions.size()) {
			return;
		}
		String provider = parameters.text("entrepreneurship.provider"); //$NON-NLS-1$
		FindingBuilder b = context.finding(FindingKind.REFERRAL, "entrepreneurshipReferral") //$NON-NLS-1$
				.subject("referral:entrepreneurship").outcome("open") //$NON-NLS-1$ //$NON-NLS-2$
				.parameter("p2k2.financeSessions", parameters.text("p2k2.financeSessions"), parameters.label()) //$NON-NLS-1$ //$NON-NLS-2$
				.parameter("entrepreneurship.provider", provider, parameters.label()); //$NON-NLS-1$
		attended.forEach(a -> b.fact("financeSession", a.getSessionNumber(), a)); //$NON-NLS-1$
		b.add(TEXT.text("referral.entrepreneurship", parameters.text("p2k2.financeSessions"), //$NON-NLS-1$ //$NON-NLS-2$
				attended.get(attended.size() - 1).getSessionDate().toString(), provider));
	}
}
