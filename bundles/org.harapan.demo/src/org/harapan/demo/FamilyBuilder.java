package org.harapan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.harapan.model.DisabilityLevel;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.SchoolLevel;
import org.harapan.model.Sex;

/**
 * Makes a plausible PKH family: a head (mostly a man, sometimes a widowed or single mother), usually a
 * spouse, 0-5 children spaced 2-4 years apart with the youngest often under five, sometimes an elderly
 * parent or a grandchild; some mothers pregnant, a few members disabled; school levels and enrolment by age.
 */
final class FamilyBuilder {

	/** Cumulative probabilities of 0..5 children. */
	private static final double[] CHILDREN = { 0.04, 0.14, 0.38, 0.66, 0.86, 1.0 };

	private final LocalDate today;
	private final IdentityNumbers numbers;

	FamilyBuilder(LocalDate today, IdentityNumbers numbers) {
		this.today = today;
		this.numbers = numbers;
	}

	/** Adds the members to {@code household}, head first; NIK prefix is the kecamatan of its desa. */
	void build(Household household, String kecamatanCode, int kecamatanIndex, SplittableRandom r) {
		Person p = new Person(household, kecamatanCode, kecamatanIndex, r);
		boolean femaleHead = r.nextDouble() < 0.15;
		int headAge = 22 + (int) (48 * Math.pow(r.nextDouble(), 1.4));
		Member head = p.add(RelationToHead.HEAD, femaleHead ? Sex.FEMALE : Sex.MALE, years(headAge, r));
		Member mother = femaleHead ? head : null;
		if (!femaleHead && r.nextDouble() < 0.9) {
			int age = Math.max(18, headAge - 1 - r.nextInt(7));
			mother = p.add(RelationToHead.SPOUSE, Sex.FEMALE, years(age, r));
		}
		int motherAge = mother == null ? headAge : age(mother);
		int children = children(r);
		int youngestDays = r.nextDouble() < 0.45 ? 1 + r.nextInt(5 * 365) : 365 * (5 + r.nextInt(8)) + r.nextInt(365);
		List<Integer> ages = new ArrayList<>();
		int days = youngestDays;
		for (int i = 0; i < children && days / 365 <= Math.min(26, motherAge - 17); i++) {
			ages.add(0, days);
			days += 365 * (2 + r.nextInt(3)) + r.nextInt(200);
		}
		for (int childDays : ages) {
			Member child = p.add(RelationToHead.CHILD, r.nextBoolean() ? Sex.MALE : Sex.FEMALE,
					today.minusDays(childDays));
			school(child, r);
		}
		if (headAge >= 45 && r.nextDouble() < 0.25) {
			p.add(RelationToHead.GRANDCHILD, r.nextBoolean() ? Sex.MALE : Sex.FEMALE,
					today.minusDays(1 + r.nextInt(5 * 365)));
		}
		if (headAge <= 55 && r.nextDouble() < 0.22) {
			boolean female = r.nextDouble() < 0.65;
			p.add(r.nextBoolean() ? RelationToHead.PARENT : RelationToHead.PARENT_IN_LAW,
					female ? Sex.FEMALE : Sex.MALE, years(Math.max(headAge + 18, 60 + r.nextInt(28)), r));
		}
		if (mother != null && motherAge >= 18 && motherAge <= 42 && youngestDays > 300 && r.nextDouble() < 0.12) {
			mother.setPregnant(true);
			mother.setExpectedDeliveryDate(today.plusDays(7 + r.nextInt(260)));
		}
		for (Member m : household.getMembers()) {
			double d = r.nextDouble();
			m.setDisability(d < 0.008 ? DisabilityLevel.SEVERE
					: d < 0.02 ? DisabilityLevel.MODERATE : d < 0.03 ? DisabilityLevel.MILD : DisabilityLevel.NONE);
		}
	}

	private static int children(SplittableRandom r) {
		double d = r.nextDouble();
		for (int i = 0; i < CHILDREN.length; i++) {
			if (d < CHILDREN[i]) {
				return i;
			}
		}
		return CHILDREN.length - 1;
	}

	private LocalDate years(int age, SplittableRandom r) {
		return today.minusYears(age).minusDays(r.nextInt(365));
	}

	private int age(Member m) {
		return m.ageInYears(today);
	}

	private void school(Member child, SplittableRandom r) {
		int age = age(child);
		double d = r.nextDouble();
		SchoolLevel level = SchoolLevel.NONE;
		boolean enrolled = false;
		if (age >= 4 && age <= 5) {
			level = SchoolLevel.EARLY_CHILDHOOD;
			enrolled = d < 0.55;
		} else if (age >= 6 && age <= 12) {
			level = age == 6 && d < 0.5 ? SchoolLevel.EARLY_CHILDHOOD : SchoolLevel.PRIMARY;
			enrolled = r.nextDouble() < 0.97;
		} else if (age >= 13 && age <= 15) {
			level = SchoolLevel.JUNIOR_SECONDARY;
			enrolled = d < 0.90;
		} else if (age >= 16 && age <= 18) {
			level = SchoolLevel.SENIOR_SECONDARY;
			enrolled = d < 0.75;
		} else if (age >= 19 && age <= 21 && d < 0.10) {
			level = SchoolLevel.TERTIARY;
			enrolled = true;
		}
		child.setSchoolLevel(level);
		child.setEnrolled(enrolled);
	}

	/** Adds members with names and NIK. */
	private final class Person {
		private final Household household;
		private final String kecamatanCode;
		private final int kecamatanIndex;
		private final SplittableRandom r;

		Person(Household household, String kecamatanCode, int kecamatanIndex, SplittableRandom r) {
			this.household = household;
			this.kecamatanCode = kecamatanCode;
			this.kecamatanIndex = kecamatanIndex;
			this.r = r;
		}

		Member add(RelationToHead relation, Sex sex, LocalDate birth) {
			Member m = HarapanFactory.eINSTANCE.createMember();
			m.setRelationToHead(relation);
			m.setSex(sex);
			m.setBirthDate(birth);
			m.setName(sex == Sex.FEMALE ? Names.female(r) : Names.male(r));
			m.setNik(numbers.nik(kecamatanCode, kecamatanIndex, birth, sex));
			m.setSchoolLevel(SchoolLevel.NONE);
			m.setDisability(DisabilityLevel.NONE);
			household.getMembers().add(m);
			return m;
		}
	}
}
