package org.harapan.store.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.harapan.model.ComplianceRecord;
import org.harapan.model.Disbursement;
import org.harapan.model.DisbursementStatus;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.ReferralState;
import org.harapan.model.Member;
import org.harapan.store.ChildGrowth;
import org.harapan.store.ChildIndexer;

/** The relational rows of one household: its indexed columns, its members and its children under five. */
record Rows(String kpmId, String noKK, String desa, String kecamatan, String kabupaten, String facilitator,
		String status, String headName, int memberCount, byte[] content, String hash, List<MemberRow> members,
		List<ChildRow> children, Flags flags, String searchKeys) {

	/** The case-work conditions of a household that the caseload filters use (schema version 2). */
	record Flags(boolean pregnant, boolean sanctioned, boolean referralOpen, String lastVerified) {

		static Flags of(Household household) {
			boolean pregnant = household.getMembers().stream().anyMatch(Member::isPregnant);
			boolean sanctioned = household.getStatus() == HouseholdStatus.SUSPENDED;
			Disbursement latest = null;
			for (Disbursement d : household.getDisbursements()) {
				if (latest == null || d.getYear() > latest.getYear()
						|| d.getYear() == latest.getYear() && d.getTahap() > latest.getTahap()) {
					latest = d;
				}
			}
			if (latest != null && (latest.getStatus() == DisbursementStatus.REDUCED
					|| latest.getStatus() == DisbursementStatus.WITHHELD)) {
				sanctioned = true;
			}
			boolean referralOpen = household.getReferrals().stream()
					.anyMatch(r -> r.getState() == ReferralState.OPEN || r.getState() == ReferralState.ACCEPTED);
			YearMonth verified = null;
			for (ComplianceRecord c : household.getComplianceRecords()) {
				if (c.getMonth() != null && (verified == null || c.getMonth().isAfter(verified))) {
					verified = c.getMonth();
				}
			}
			return new Flags(pregnant, sanctioned, referralOpen, verified == null ? null : verified.toString());
		}
	}

	record MemberRow(int pos, String nik, String name, String sex, LocalDate birthDate) {
	}

	record ChildRow(int pos, String nik, String name, String sex, LocalDate birthDate, LocalDate measuredOn,
			Double zlen, Double zwei, Double zwfl, String stunting) {
	}

	/** The rows of {@code household} as of {@code today}; children under five are indexed by {@code indexer}. */
	static Rows of(Household household, ChildIndexer indexer, LocalDate today) {
		byte[] serialized = HouseholdCodec.serialize(household);
		Member head = household.head();
		String headName = head == null ? null : head.getName();
		List<MemberRow> members = new ArrayList<>(household.getMembers().size());
		List<ChildRow> children = new ArrayList<>(2);
		int pos = 0;
		for (Member m : household.getMembers()) {
			String sex = m.getSex() == null ? null : m.getSex().getLiteral();
			members.add(new MemberRow(pos, blankToNull(m.getNik()), m.getName(), sex, m.getBirthDate()));
			LocalDate birth = m.getBirthDate();
			if (birth != null && !birth.isAfter(today) && birth.plusYears(5).isAfter(today)) {
				children.add(child(pos, m, sex, indexer));
			}
			pos++;
		}
		return new Rows(household.getKpmId(), household.getNoKK(), household.getDesaCode(),
				household.kecamatanCode(), household.kabupatenCode(), household.getFacilitator(),
				household.getStatus() == null ? null : household.getStatus().getLiteral(), headName,
				household.getMembers().size(), HouseholdCodec.pack(serialized), HouseholdCodec.hash(serialized),
				members, children, Flags.of(household), SearchText.keys(household));
	}

	String headNameUpper() {
		return headName == null ? null : headName.toUpperCase(Locale.ROOT);
	}

	private static ChildRow child(int pos, Member m, String sex, ChildIndexer indexer) {
		ChildGrowth g = indexer.index(m);
		if (g == null) {
			g = ChildGrowth.NONE;
		}
		return new ChildRow(pos, blankToNull(m.getNik()), m.getName(), sex, m.getBirthDate(), g.measuredOn(),
				value(g.zlen()), value(g.zwei()), value(g.zwfl()), g.stuntingCategory());
	}

	/** The children under five of a household as of {@code today} (for re-indexing). */
	static List<ChildRow> children(Household household, ChildIndexer indexer, LocalDate today) {
		List<ChildRow> children = new ArrayList<>(2);
		int pos = 0;
		for (Member m : household.getMembers()) {
			LocalDate birth = m.getBirthDate();
			if (birth != null && !birth.isAfter(today) && birth.plusYears(5).isAfter(today)) {
				children.add(child(pos, m, m.getSex() == null ? null : m.getSex().getLiteral(), indexer));
			}
			pos++;
		}
		return children;
	}

	private static Double value(double z) {
		return Double.isNaN(z) ? null : z;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
