package org.harapan.casework;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.harapan.growth.Assessment;
import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.Indicator;
import org.harapan.growth.IndicatorResult;
import org.harapan.growth.Measured;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.Sex;
import org.harapan.rules.GrowthPoint;
import org.harapan.rules.GrowthScorer;
import org.harapan.store.ChildGrowth;
import org.harapan.store.ChildIndexer;

/**
 * The WHO z-scores of a member's measurement through the growth services ({@link GrowthAssessor}): one code path
 * for the rules ({@link GrowthScorer}) and for the store's growth index ({@link ChildIndexer}). A z-score that is
 * not computed or flagged implausible by WHO's rules is {@link Double#NaN}. Without an assessor (no growth
 * reference installed) nothing is scored. Thread-safe when the assessor is.
 */
public final class GrowthScoring implements GrowthScorer, ChildIndexer {

	private final Supplier<GrowthAssessor> assessor;

	/** Scores with whatever assessor {@code assessor} supplies at each call (may supply {@code null}). */
	public GrowthScoring(Supplier<GrowthAssessor> assessor) {
		this.assessor = assessor;
	}

	/** Scores with a fixed assessor (may be {@code null}). */
	public static GrowthScoring of(GrowthAssessor assessor) {
		return new GrowthScoring(() -> assessor);
	}

	@Override
	public GrowthPoint score(Member member, Measurement measurement) {
		LocalDate date = measurement.getDate();
		int ageDays = date == null || member.getBirthDate() == null ? -1
				: (int) ChronoUnit.DAYS.between(member.getBirthDate(), date);
		Assessment a = assess(member, measurement);
		if (a == null) {
			return new GrowthPoint(measurement, date, ageDays, Double.NaN, Double.NaN, Double.NaN);
		}
		return new GrowthPoint(measurement, date, ageDays, z(a.result(Indicator.LENGTH_HEIGHT_FOR_AGE)),
				z(a.result(Indicator.WEIGHT_FOR_AGE)), z(a.weightForLengthOrHeight()));
	}

	/** The index of a child: its latest dated measurement's scores and length/height-for-age category. */
	@Override
	public ChildGrowth index(Member child) {
		Measurement latest = latest(child);
		if (latest == null) {
			return ChildGrowth.NONE;
		}
		Assessment a = assess(child, latest);
		if (a == null) {
			return ChildGrowth.measuredOnly(latest.getDate());
		}
		IndicatorResult len = a.result(Indicator.LENGTH_HEIGHT_FOR_AGE);
		double zlen = z(len);
		String category = Double.isNaN(zlen) || len.category() == null ? null : len.category().name();
		return new ChildGrowth(latest.getDate(), zlen, z(a.result(Indicator.WEIGHT_FOR_AGE)),
				z(a.weightForLengthOrHeight()), category);
	}

	/** The member's latest dated measurement, or {@code null}. */
	public static Measurement latest(Member member) {
		Measurement latest = null;
		for (Measurement ms : member.getMeasurements()) {
			if (ms.getDate() != null && (latest == null || ms.getDate().isAfter(latest.getDate()))) {
				latest = ms;
			}
		}
		return latest;
	}

	/** The full assessment of a measurement, or {@code null} without an assessor or a birth or measurement date. */
	public Assessment assess(Member member, Measurement ms) {
		GrowthAssessor current = assessor.get();
		if (current == null || member.getBirthDate() == null || ms.getDate() == null) {
			return null;
		}
		return current.assess(measurement(member, ms));
	}

	/** The z-score, or NaN when not computed or flagged implausible by WHO's rules. */
	private static double z(IndicatorResult r) {
		return r.computed() && !r.flagged() ? r.z() : Double.NaN;
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
}
