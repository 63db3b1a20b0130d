package org.harapan.store.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.harapan.growth.Assessment;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.Indicator;
import org.harapan.growth.IndicatorResult;
import org.harapan.growth.Measured;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Sex;

/** The relational rows of one household: its indexed columns, its members and its children under five. */
record Rows(String kpmId, String noKK, String desa, String kecamatan, String kabupaten, String facilitator,
		String status, String headName, int memberCount, byte[] content, String hash, List<MemberRow> members,
		List<ChildRow> children) {

	record MemberRow(int pos, String nik, String name, String sex, LocalDate birthDate) {
	}

	record ChildRow(int pos, String nik, String name, String sex, LocalDate birthDate, LocalDate measuredOn,
			Double zlen, Double zwei, Double zwfl, String stunting) {
	}

	/** The rows of {@code household} as of {@code today}; z-scores only when an assessor is given. */
	static Rows of(Household household, GrowthAssessor assessor, LocalDate today) {
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
				children.add(child(pos, m, sex, assessor));
			}
			pos++;
		}
		return new Rows(household.getKpmId(), household.getNoKK(), household.getDesaCode(),
				household.kecamatanCode(), household.kabupatenCode(), household.getFacilitator(),
				household.getStatus() == null ? null : household.getStatus().getLiteral(), headName,
				household.getMembers().size(), HouseholdCodec.pack(serialized), HouseholdCodec.hash(serialized),
				members, children);
	}

	String headNameUpper() {
		return headName == null ? null : headName.toUpperCase(Locale.ROOT);
	}

	private static ChildRow child(int pos, Member m, String sex, GrowthAssessor assessor) {
		Measurement latest = null;
		for (Measurement ms : m.getMeasurements()) {
			if (ms.getDate() != null && (latest == null || ms.getDate().isAfter(latest.getDate()))) {
				latest = ms;
			}
		}
		if (latest == null) {
			return new ChildRow(pos, blankToNull(m.getNik()), m.getName(), sex, m.getBirthDate(), null, null, null,
					null, null);
		}
		Double zlen = null;
		Double zwei = null;
		Double zwfl = null;
		String stunting = null;
		if (assessor != null) {
			Assessment a = assessor.assess(measurement(m, latest));
			IndicatorResult len = a.result(Indicator.LENGTH_HEIGHT_FOR_AGE);
			zlen = z(len);
			zwei = z(a.result(Indicator.WEIGHT_FOR_AGE));
			zwfl = z(a.weightForLengthOrHeight());
			stunting = zlen == null || len.category() == null ? null : len.category().name();
		}
		return new ChildRow(pos, blankToNull(m.getNik()), m.getName(), sex, m.getBirthDate(), latest.getDate(), zlen,
				zwei, zwfl, stunting);
	}

	/** The z-score, or {@code null} when not computed or flagged implausible by WHO's rules. */
	private static Double z(IndicatorResult r) {
		return r.computed() && !r.flagged() && !Double.isNaN(r.z()) ? r.z() : null;
	}

	private static org.harapan.growth.Measurement measurement(Member m, Measurement ms) {
		org.harapan.growth.Sex sex = m.getSex() == Sex.MALE ? org.harapan.growth.Sex.MALE
				: m.getSex() == Sex.FEMALE ? org.harapan.growth.Sex.FEMALE : null;
		double age = ChronoUnit.DAYS.between(m.getBirthDate(), ms.getDate());
		Measured measured = ms.getPosition() == MeasurementPosition.LYING ? Measured.LYING
				: ms.getPosition() == MeasurementPosition.STANDING ? Measured.STANDING : Measured.UNKNOWN;
		return org.harapan.growth.Measurement.of(sex, age, positive(ms.getWeightKg()), positive(ms.getHeightCm()),
				measured).withHead(positive(ms.getHeadCircumferenceCm())).withOedema(ms.isOedema());
	}

	private static double positive(double value) {
		return value > 0 ? value : Double.NaN;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
