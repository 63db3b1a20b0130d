package org.harapan.casework.p2k2;

import java.time.LocalDate;
import java.util.List;

/**
 * A P2K2 group (kelompok): the KPM (households) that meet monthly with their pendamping, the sessions held and the
 * share of attendances that were present.
 */
public record P2k2Group(String id, String desaCode, String facilitator, List<String> kpmIds, List<Session> sessions) {

	/** A session held for the group: its curriculum number, date and attendance. */
	public record Session(int number, LocalDate date, int present, int absent, int excused) {

		public int recorded() {
			return present + absent + excused;
		}
	}

	public int size() {
		return kpmIds.size();
	}

	/** Share of recorded attendances that were present, 0-1 (NaN when nothing was recorded). */
	public double attendanceRate() {
		int present = sessions.stream().mapToInt(Session::present).sum();
		int recorded = sessions.stream().mapToInt(Session::recorded).sum();
		return recorded == 0 ? Double.NaN : (double) present / recorded;
	}
}
