package org.harapan.ui.growth.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.harapan.casework.GrowthScoring;
import org.harapan.growth.Assessment;
import org.harapan.growth.GrowthReference;
import org.harapan.growth.Sex;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;

/** Builds the charts of a household's children under five from their measurements and a growth reference. */
final class ChildCharts {

	static final int UNDER_MONTHS = 60;
	private static final int LENGTH_UNTIL_DAYS = 731;

	private final GrowthScoring scoring;
	private final GrowthReference reference;

	/** @param reference the reference the curves come from (WHO 2006 for under fives); may be {@code null} */
	ChildCharts(GrowthScoring scoring, GrowthReference reference) {
		this.scoring = scoring;
		this.reference = reference;
	}

	/** The household's children under five at {@code today}, in the order of the household file. */
	List<ChildChart> of(Household household, LocalDate today) {
		List<ChildChart> charts = new ArrayList<>();
		for (Member m : household.getMembers()) {
			if (m.getBirthDate() != null && !m.getBirthDate().isAfter(today) && m.ageInMonths(today) < UNDER_MONTHS) {
				charts.add(chart(m, today));
			}
		}
		return charts;
	}

	private ChildChart chart(Member child, LocalDate today) {
		Sex sex = child.getSex() == org.harapan.model.Sex.FEMALE ? Sex.FEMALE : Sex.MALE;
		List<Measurement> measurements = new ArrayList<>(child.getMeasurements().stream()
				.filter(ms -> ms.getDate() != null).toList());
		measurements.sort(Comparator.comparing(Measurement::getDate));
		Points length = new Points();
		Points weight = new Points();
		Points weightForLength = new Points();
		for (Measurement ms : measurements) {
			Assessment a = scoring.assess(child, ms);
			double cm = a != null && !Double.isNaN(a.clenhei()) ? a.clenhei() : ms.getHeightCm();
			double months = ChronoUnit.DAYS.between(child.getBirthDate(), ms.getDate()) / WhoCurves.DAYS_PER_MONTH;
			length.add(months, cm);
			weight.add(months, ms.getWeightKg());
			if (cm > 0) {
				weightForLength.add(cm, ms.getWeightKg());
			}
		}
		Measurement latest = GrowthScoring.latest(child);
		LocalDate ageAt = latest == null ? today : latest.getDate();
		boolean lying = ChronoUnit.DAYS.between(child.getBirthDate(), ageAt) < LENGTH_UNTIL_DAYS;
		Map<ChartIndicator, ChildChart.Plot> plots = new EnumMap<>(ChartIndicator.class);
		plots.put(ChartIndicator.LENGTH_HEIGHT_FOR_AGE, plot(ChartIndicator.LENGTH_HEIGHT_FOR_AGE, lying, sex, length));
		plots.put(ChartIndicator.WEIGHT_FOR_AGE, plot(ChartIndicator.WEIGHT_FOR_AGE, lying, sex, weight));
		plots.put(ChartIndicator.WEIGHT_FOR_LENGTH_HEIGHT,
				plot(ChartIndicator.WEIGHT_FOR_LENGTH_HEIGHT, lying, sex, weightForLength));
		return new ChildChart(child.getNik(), child.getName(), child.ageInMonths(today), plots,
				latest == null ? null : latest.getDate(), latest == null ? null : scoring.assess(child, latest));
	}

	private ChildChart.Plot plot(ChartIndicator chart, boolean lying, Sex sex, Points points) {
		var indicator = chart.indicator(lying);
		return new ChildChart.Plot(indicator, WhoCurves.of(reference, indicator, sex), points.x(), points.y());
	}

	/** Points with a positive value. */
	private static final class Points {
		private final List<double[]> points = new ArrayList<>();

		void add(double x, double y) {
			if (y > 0 && !Double.isNaN(x)) {
				points.add(new double[] { x, y });
			}
		}

		double[] x() {
			return points.stream().mapToDouble(p -> p[0]).toArray();
		}

		double[] y() {
			return points.stream().mapToDouble(p -> p[1]).toArray();
		}
	}
}
