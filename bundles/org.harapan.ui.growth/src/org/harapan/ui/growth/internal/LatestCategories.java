package org.harapan.ui.growth.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.harapan.growth.Assessment;
import org.harapan.growth.Indicator;
import org.harapan.growth.IndicatorResult;

/** The Permenkes 2/2020 categories of a child's latest measurement, Indonesian term with English beside. */
final class LatestCategories {

	private LatestCategories() {
	}

	static String describe(ChildChart child) {
		Assessment a = child.latest();
		if (a == null) {
			return NLS.bind(Messages.View_NoMeasurement, child.name());
		}
		List<String> parts = new ArrayList<>();
		for (IndicatorResult r : List.of(a.result(Indicator.LENGTH_HEIGHT_FOR_AGE), a.result(Indicator.WEIGHT_FOR_AGE),
				a.weightForLengthOrHeight())) {
			if (r.category() != null && !r.flagged()) {
				parts.add(NLS.bind(Messages.View_Category,
						new Object[] { r.indicator().labelId(), r.category().labelId(), r.category().labelEn() }));
			}
		}
		return NLS.bind(Messages.View_Latest, child.latestDate(), String.join(" \u00b7 ", parts)); //$NON-NLS-1$
	}
}
