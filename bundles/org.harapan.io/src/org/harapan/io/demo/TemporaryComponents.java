package org.harapan.io.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.harapan.model.DisabilityLevel;
import org.harapan.model.Member;
import org.harapan.model.PkhComponent;
import org.harapan.model.Sex;

/** TEMPORARY while the demo moves onto the casework/rules layer (issue 9): to be deleted. */
final class TemporaryComponents {

	private TemporaryComponents() {
	}

	static List<PkhComponent> of(Member m, LocalDate at) {
		List<PkhComponent> result = new ArrayList<>();
		int years = m.ageInYears(at);
		if (m.isPregnant() && m.getSex() == Sex.FEMALE) {
			result.add(PkhComponent.PREGNANT);
		}
		if (years >= 0 && years < 6) {
			result.add(PkhComponent.EARLY_CHILDHOOD);
		}
		if (m.isEnrolled() && years >= 6 && years <= 21) {
			switch (m.getSchoolLevel()) {
			case PRIMARY -> result.add(PkhComponent.PRIMARY_SCHOOL);
			case JUNIOR_SECONDARY -> result.add(PkhComponent.JUNIOR_SECONDARY_SCHOOL);
			case SENIOR_SECONDARY -> result.add(PkhComponent.SENIOR_SECONDARY_SCHOOL);
			default -> {
				// no education component
			}
			}
		}
		if (m.getDisability() == DisabilityLevel.SEVERE) {
			result.add(PkhComponent.SEVERE_DISABILITY);
		}
		if (years >= 70) {
			result.add(PkhComponent.ELDERLY);
		}
		return result;
	}
}
