package org.harapan.curriculum.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumPackage.Literals;
import org.harapan.curriculum.DocumentStatus;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.validation.CurriculumValidator.Checks;
import org.harapan.curriculum.validation.CurriculumValidator.Subjects;
import org.harapan.curriculum.versions.Curricula;

/** The rules over a whole curriculum: numbering, prerequisites, publication and regional variants. */
final class CurriculumRules {

	private CurriculumRules() {
	}

	static void validate(Curriculum c, Checks checks, Map<Object, Object> context) {
		String who = Subjects.curriculum(c);
		if (CurriculumValidator.isBlank(c.getId())) {
			checks.error(c, CurriculumValidator.ID_MISSING, Literals.CURRICULUM__ID, Messages.idMissing, who);
		}
		checks.titles(c, who, c.getTitle(), c.getTitleEn(), Literals.CURRICULUM__TITLE, Literals.CURRICULUM__TITLE_EN);
		numbers(c, checks);
		Curriculum national = context == null ? null : (Curriculum) context.get(CurriculumValidation.NATIONAL);
		prerequisites(c, national, checks);
		if (c.getStatus() == DocumentStatus.PUBLISHED && c.getEffectiveFrom() == null) {
			checks.error(c, CurriculumValidator.PUBLISHED_WITHOUT_DATE, Literals.CURRICULUM__EFFECTIVE_FROM,
					Messages.publishedWithoutDate, who);
		}
		Curriculum published = context == null ? null : (Curriculum) context.get(CurriculumValidation.PUBLISHED);
		if (published != null && !EcoreUtil.equals(c, published)) {
			checks.error(c, CurriculumValidator.PUBLISHED_CHANGED, Literals.CURRICULUM__STATUS,
					Messages.publishedChanged, who);
		}
		if (Curricula.isVariant(c)) {
			variant(c, national, checks, who);
		}
	}

	private static void numbers(Curriculum c, Checks checks) {
		Set<Integer> modules = new HashSet<>();
		Set<Integer> sessions = new HashSet<>();
		for (Module m : Curricula.allModules(c)) {
			if (!m.isExtendsNational() && !modules.add(m.getNumber())) {
				checks.error(m, CurriculumValidator.MODULE_NUMBER_DUPLICATE, Literals.MODULE__NUMBER,
						Messages.moduleNumberDuplicate, Subjects.module(m), m.getNumber());
			}
			for (Session s : m.getSessions()) {
				if (!sessions.add(s.getNumber())) {
					checks.error(s, CurriculumValidator.SESSION_NUMBER_DUPLICATE, Literals.SESSION__NUMBER,
							Messages.sessionNumberDuplicate, Subjects.session(s), s.getNumber());
				}
			}
		}
	}

	/** Sessions are delivered in number order: a prerequisite must exist and have a lower number. */
	private static void prerequisites(Curriculum c, Curriculum national, Checks checks) {
		Set<Integer> known = new HashSet<>();
		for (Module m : Curricula.allModules(c)) {
			m.getSessions().forEach(s -> known.add(s.getNumber()));
		}
		if (national != null) {
			for (Module m : Curricula.allModules(national)) {
				m.getSessions().forEach(s -> known.add(s.getNumber()));
			}
		}
		for (Module m : Curricula.allModules(c)) {
			for (Session s : m.getSessions()) {
				for (int p : s.getPrerequisites()) {
					if (!known.contains(p)) {
						checks.error(s, CurriculumValidator.PREREQUISITE_UNKNOWN, Literals.SESSION__PREREQUISITES,
								Messages.prerequisiteUnknown, Subjects.session(s), p);
					} else if (p >= s.getNumber()) {
						checks.error(s, CurriculumValidator.PREREQUISITE_NOT_EARLIER, Literals.SESSION__PREREQUISITES,
								Messages.prerequisiteNotEarlier, Subjects.session(s), p);
					}
				}
			}
		}
	}

	private static void variant(Curriculum c, Curriculum national, Checks checks, String who) {
		if (CurriculumValidator.isBlank(c.getBasedOnId())) {
			checks.error(c, CurriculumValidator.VARIANT_WITHOUT_BASE, Literals.CURRICULUM__BASED_ON_ID,
					Messages.variantWithoutBase, who);
			return;
		}
		if (national == null) {
			return; // checked against the national curriculum when the caller gives it
		}
		Map<String, Module> optional = new HashMap<>();
		national.getOptionalModules().forEach(m -> optional.put(m.getCode(), m));
		Map<Integer, Session> nationalSessions = new HashMap<>();
		national.getModules().forEach(m -> m.getSessions().forEach(s -> nationalSessions.put(s.getNumber(), s)));
		for (String code : c.getIncludeOptional()) {
			Module m = optional.get(code);
			if (m == null) {
				checks.error(c, CurriculumValidator.OPTIONAL_UNKNOWN, Literals.CURRICULUM__INCLUDE_OPTIONAL,
						Messages.optionalUnknown, who, code, national.getId());
			} else {
				m.getSessions().forEach(s -> nationalSessions.put(s.getNumber(), s));
			}
		}
		List<Integer> nationalModules = national.getModules().stream().map(Module::getNumber).toList();
		for (Module m : c.getModules()) {
			if (m.isExtendsNational() && !nationalModules.contains(m.getNumber())) {
				checks.error(m, CurriculumValidator.EXTENDS_UNKNOWN, Literals.MODULE__NUMBER, Messages.extendsUnknown,
						Subjects.module(m), m.getNumber(), national.getId());
			}
			for (Session s : m.getSessions()) {
				if (nationalSessions.containsKey(s.getNumber())) {
					checks.error(s, CurriculumValidator.SESSION_NUMBER_IN_NATIONAL, Literals.SESSION__NUMBER,
							Messages.sessionNumberInNational, Subjects.session(s), s.getNumber(), national.getId());
				}
			}
		}
	}
}
