package org.harapan.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import org.harapan.growth.GrowthReference;
import org.harapan.growth.Indicator;
import org.harapan.growth.Lms;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Measurement;
import org.harapan.model.MeasurementPlace;
import org.harapan.model.MeasurementPosition;
import org.harapan.model.Member;
import org.harapan.model.Sex;

/**
 * Monthly posyandu measurements of a child under five over the last year. Each child gets its own
 * length/height-for-age z-score from N({@value #LENGTH_Z_MEAN}, {@value #LENGTH_Z_SD}), so that about one
 * child in five is stunted (P(z &lt; -2) = 0.21), and its own weight-for-length/height z-score; each visit
 * adds a little measurement noise. Centimetres and kilograms come from the WHO LMS parameters of the growth
 * reference (WHO 2006 standards): length lying below 731 days, height standing from 731 days.
 */
final class GrowthSeries {

	static final double LENGTH_Z_MEAN = -1.1;
	static final double LENGTH_Z_SD = 1.1;
	private static final int HEIGHT_FROM_DAYS = 731;

	private final GrowthReference reference;
	private final LocalDate today;

	GrowthSeries(GrowthReference reference, LocalDate today) {
		this.reference = reference;
		this.today = today;
	}

	/**
	 * Adds the measurements of the last 12 months to {@code child} (under five at {@code today}), on the
	 * posyandu day of its desa; about 85% of the visits are attended and the latest is always recorded.
	 *
	 * @return the child's drawn length/height-for-age z-score
	 */
	double measure(Member child, int posyanduDay, SplittableRandom r) {
		double zLen = clamp(LENGTH_Z_MEAN + LENGTH_Z_SD * r.nextGaussian(), -4.5, 3.5);
		double zWfl = clamp(-0.3 + 1.0 * r.nextGaussian(), -3.8, 3.0);
		double zHead = clamp(-0.4 + r.nextGaussian(), -3.5, 3.0);
		org.harapan.growth.Sex sex = child.getSex() == Sex.FEMALE ? org.harapan.growth.Sex.FEMALE
				: org.harapan.growth.Sex.MALE;
		LocalDate last = null;
		for (int back = 11; back >= 0; back--) {
			LocalDate month = today.minusMonths(back);
			LocalDate visit = month.withDayOfMonth(Math.min(posyanduDay, month.lengthOfMonth()));
			if (visit.isAfter(today)) {
				visit = visit.minusMonths(1);
			}
			if (!visit.isAfter(child.getBirthDate()) || visit.equals(last)
					|| (back > 0 && r.nextDouble() >= 0.85)) {
				continue;
			}
			Measurement m = measurement(child, sex, visit, zLen + 0.08 * r.nextGaussian(),
					zWfl + 0.25 * r.nextGaussian(), zHead + 0.1 * r.nextGaussian(), r);
			if (m != null) {
				child.getMeasurements().add(m);
				last = visit;
			}
		}
		return zLen;
	}

	private Measurement measurement(Member child, org.harapan.growth.Sex sex, LocalDate date, double zLen,
			double zWfl, double zHead, SplittableRandom r) {
		long days = ChronoUnit.DAYS.between(child.getBirthDate(), date);
		Lms len = reference.lms(Indicator.LENGTH_HEIGHT_FOR_AGE, sex, days);
		if (len == null) {
			return null;
		}
		boolean standing = days >= HEIGHT_FROM_DAYS;
		double height = round1(len.valueAt(zLen));
		Lms wfl = reference.lms(standing ? Indicator.WEIGHT_FOR_HEIGHT : Indicator.WEIGHT_FOR_LENGTH, sex, height);
		if (wfl == null) {
			wfl = reference.lms(Indicator.WEIGHT_FOR_AGE, sex, days);
		}
		Measurement m = HarapanFactory.eINSTANCE.createMeasurement();
		m.setDate(date);
		m.setHeightCm(height);
		m.setPosition(standing ? MeasurementPosition.STANDING : MeasurementPosition.LYING);
		m.setWeightKg(wfl == null ? 0 : round1(wfl.valueAt(zWfl)));
		Lms head = reference.lms(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, sex, days);
		if (head != null && days < HEIGHT_FROM_DAYS) {
			m.setHeadCircumferenceCm(round1(head.valueAt(zHead)));
		}
		Lms arm = days >= 183 ? reference.lms(Indicator.ARM_CIRCUMFERENCE_FOR_AGE, sex, days) : null;
		if (arm != null) {
			m.setArmCircumferenceCm(round1(arm.valueAt(clamp(zWfl * 0.8, -3.5, 3))));
		}
		double place = r.nextDouble();
		m.setPlace(place < 0.9 ? MeasurementPlace.POSYANDU
				: place < 0.97 ? MeasurementPlace.PUSKESMAS : MeasurementPlace.HOME);
		return m;
	}

	static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}
}
