package org.harapan.ui.growth.internal;

import org.harapan.growth.Indicator;

/** The three charts a child's growth is shown on. */
enum ChartIndicator {
	LENGTH_HEIGHT_FOR_AGE, WEIGHT_FOR_AGE, WEIGHT_FOR_LENGTH_HEIGHT;

	String label() {
		return switch (this) {
		case LENGTH_HEIGHT_FOR_AGE -> Messages.Indicator_LengthForAge;
		case WEIGHT_FOR_AGE -> Messages.Indicator_WeightForAge;
		case WEIGHT_FOR_LENGTH_HEIGHT -> Messages.Indicator_WeightForLength;
		};
	}

	String xTitle() {
		return this == WEIGHT_FOR_LENGTH_HEIGHT ? Messages.Axis_LengthCm : Messages.Axis_AgeMonths;
	}

	String yTitle() {
		return this == LENGTH_HEIGHT_FOR_AGE ? Messages.Axis_LengthCm : Messages.Axis_WeightKg;
	}

	/** The WHO indicator; weight-for-length below 731 days of age, weight-for-height from then. */
	Indicator indicator(boolean under731Days) {
		return switch (this) {
		case LENGTH_HEIGHT_FOR_AGE -> Indicator.LENGTH_HEIGHT_FOR_AGE;
		case WEIGHT_FOR_AGE -> Indicator.WEIGHT_FOR_AGE;
		case WEIGHT_FOR_LENGTH_HEIGHT -> under731Days ? Indicator.WEIGHT_FOR_LENGTH : Indicator.WEIGHT_FOR_HEIGHT;
		};
	}
}
