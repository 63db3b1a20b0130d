package org.harapan.model.validation;

import static org.harapan.model.validation.HouseholdValidator.isBlank;

import java.time.LocalDate;
import java.util.Optional;

import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.model.Sex;
import org.harapan.model.validation.HouseholdValidator.Checks;
import org.harapan.model.validation.HouseholdValidator.Subjects;

/** The rules of {@link HouseholdValidator} for members and their measurements. */
final class MemberRules {

	private MemberRules() {
	}

	static void validate(Member m, Checks c) {
		String who = Subjects.member(m);
		validateNik(m, who, c);
		LocalDate birth = m.getBirthDate();
		if (birth == null) {
			c.warning(HouseholdValidator.BIRTH_DATE_MISSING, Literals.MEMBER__BIRTH_DATE, Messages.birthDateMissing,
					who);
		} else if (birth.isAfter(c.today())) {
			c.error(HouseholdValidator.BIRTH_DATE_FUTURE, Literals.MEMBER__BIRTH_DATE, Messages.birthDateFuture, who,
					birth, c.today());
		}
		if (m.isPregnant() && m.getSex() != Sex.FEMALE) {
			c.error(HouseholdValidator.PREGNANT_NOT_FEMALE, Literals.MEMBER__PREGNANT, Messages.pregnantNotFemale,
					who, Subjects.sex(m.getSex()));
		}
		if (m.isPregnant() && m.getExpectedDeliveryDate() == null) {
			c.warning(HouseholdValidator.EXPECTED_DELIVERY_MISSING, Literals.MEMBER__EXPECTED_DELIVERY_DATE,
					Messages.expectedDeliveryMissing, who);
		}
	}

	private static void validateNik(Member m, String who, Checks c) {
		String nik = m.getNik();
		if (isBlank(nik)) {
			c.warning(HouseholdValidator.NIK_MISSING, Literals.MEMBER__NIK, Messages.nikMissing, who);
			return;
		}
		if (!Nik.isWellFormed(nik)) {
			c.error(HouseholdValidator.NIK_FORMAT, Literals.MEMBER__NIK, Messages.nikFormat, who, nik);
			return;
		}
		String kabupaten = Nik.kabupatenCode(nik);
		if (!c.regions().isKabupatenKota(kabupaten)) {
			c.error(HouseholdValidator.NIK_REGION, Literals.MEMBER__NIK, Messages.nikRegion, who, nik,
					kabupaten.replace(".", ""));
		}
		LocalDate birth = m.getBirthDate();
		if (birth != null) {
			String actual = Nik.datePart(nik);
			String expected = Nik.datePartFor(birth, m.getSex());
			if (!actual.equals(expected)) {
				Sex other = m.getSex() == Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
				if (actual.equals(Nik.datePartFor(birth, other))) {
					c.error(HouseholdValidator.NIK_SEX, Literals.MEMBER__SEX, Messages.nikSex, who, actual,
							Subjects.sex(other), Subjects.sex(m.getSex()));
				} else {
					c.error(HouseholdValidator.NIK_BIRTH_DATE, Literals.MEMBER__NIK, Messages.nikBirthDate, who, actual,
							birth, expected);
				}
			}
		}
		Household h = m.getHousehold();
		if (h != null) {
			for (Member other : h.getMembers()) {
				if (other != m && nik.equals(other.getNik())) {
					c.error(HouseholdValidator.NIK_DUPLICATE_IN_HOUSEHOLD, Literals.MEMBER__NIK,
							Messages.nikDuplicateInHousehold, who, nik, Subjects.member(other));
					break;
				}
			}
		}
		Optional<String> holder = c.householdOfNik(nik);
		String own = h == null ? null : h.getKpmId();
		if (holder.isPresent() && !holder.get().equals(own)) {
			c.error(HouseholdValidator.NIK_DUPLICATE_IN_STORE, Literals.MEMBER__NIK, Messages.nikDuplicateInStore,
					who, nik, holder.get());
		}
	}

	static void validate(Measurement ms, Checks c) {
		String what = Subjects.measurement(ms);
		LocalDate date = ms.getDate();
		Member m = ms.getMember();
		if (date == null) {
			c.error(HouseholdValidator.MEASUREMENT_DATE_MISSING, Literals.MEASUREMENT__DATE,
					Messages.measurementDateMissing, what);
		} else if (date.isAfter(c.today())) {
			c.error(HouseholdValidator.MEASUREMENT_DATE_FUTURE, Literals.MEASUREMENT__DATE,
					Messages.measurementDateFuture, what, date, c.today());
		} else if (m != null && m.getBirthDate() != null && date.isBefore(m.getBirthDate())) {
			c.error(HouseholdValidator.MEASUREMENT_BEFORE_BIRTH, Literals.MEASUREMENT__DATE,
					Messages.measurementBeforeBirth, what, date, m.getBirthDate());
		}
		range(c, HouseholdValidator.WEIGHT_RANGE, Literals.MEASUREMENT__WEIGHT_KG, Messages.weightRange, what,
				ms.getWeightKg(), HouseholdValidator.WEIGHT_MIN_KG, HouseholdValidator.WEIGHT_MAX_KG);
		range(c, HouseholdValidator.HEIGHT_RANGE, Literals.MEASUREMENT__HEIGHT_CM, Messages.heightRange, what,
				ms.getHeightCm(), HouseholdValidator.HEIGHT_MIN_CM, HouseholdValidator.HEIGHT_MAX_CM);
		range(c, HouseholdValidator.HEAD_RANGE, Literals.MEASUREMENT__HEAD_CIRCUMFERENCE_CM, Messages.headRange, what,
				ms.getHeadCircumferenceCm(), HouseholdValidator.HEAD_MIN_CM, HouseholdValidator.HEAD_MAX_CM);
		range(c, HouseholdValidator.ARM_RANGE, Literals.MEASUREMENT__ARM_CIRCUMFERENCE_CM, Messages.armRange, what,
				ms.getArmCircumferenceCm(), HouseholdValidator.ARM_MIN_CM, HouseholdValidator.ARM_MAX_CM);
	}

	private static void range(Checks c, int code, org.eclipse.emf.ecore.EAttribute feature, String message,
			String what, double value, double min, double max) {
		if (value != 0 && (value < min || value > max || Double.isNaN(value))) {
			c.error(code, feature, message, what, number(value), number(min), number(max));
		}
	}

	private static String number(double d) {
		return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d);
	}
}
