package org.harapan.curriculum.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumPackage;
import org.harapan.curriculum.CurriculumPackage.Literals;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.Step;

/**
 * The EMF validator of curricula. Besides EMF's default constraints it checks the rules below; each diagnostic
 * names what is at fault in the user's language, carries {@code [object, feature]} as data (so an editor shows it
 * at the field) and has one of the codes of this class. Context entries (see {@link CurriculumValidation}): the
 * published original of the version, the national curriculum of a regional variant.
 */
public class CurriculumValidator extends EObjectValidator {

	/** Diagnostic source of this validator. */
	public static final String DIAGNOSTIC_SOURCE = "org.harapan.curriculum"; //$NON-NLS-1$

	public static final int ID_MISSING = 1;
	public static final int TITLE_MISSING = 2;
	public static final int TITLE_EN_MISSING = 3;
	public static final int MODULE_NUMBER_DUPLICATE = 10;
	public static final int SESSION_NUMBER_DUPLICATE = 11;
	public static final int SESSION_NUMBER_IN_NATIONAL = 12;
	public static final int STEP_NUMBER_DUPLICATE = 13;
	public static final int SESSION_WITHOUT_OBJECTIVES = 20;
	public static final int DURATION_NOT_POSITIVE = 21;
	public static final int DURATION_RANGE = 22;
	public static final int STEPS_DO_NOT_ADD_UP = 23;
	public static final int PREREQUISITE_UNKNOWN = 30;
	public static final int PREREQUISITE_NOT_EARLIER = 31;
	public static final int PUBLISHED_WITHOUT_DATE = 40;
	public static final int PUBLISHED_CHANGED = 41;
	public static final int VARIANT_WITHOUT_BASE = 50;
	public static final int OPTIONAL_UNKNOWN = 51;
	public static final int EXTENDS_UNKNOWN = 52;

	/** A P2K2 session lasts this many minutes at least and at most (a warning outside). */
	public static final int SESSION_MIN_MINUTES = 90, SESSION_MAX_MINUTES = 140;

	/** Shared instance. */
	public static final CurriculumValidator INSTANCE = new CurriculumValidator();

	@Override
	protected EPackage getEPackage() {
		return CurriculumPackage.eINSTANCE;
	}

	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!(value instanceof EObject object)) {
			return true;
		}
		boolean ok = validate_EveryDefaultConstraint(object, diagnostics, context);
		Checks checks = new Checks(diagnostics);
		switch (classifierID) {
		case CurriculumPackage.CURRICULUM -> CurriculumRules.validate((Curriculum) object, checks, context);
		case CurriculumPackage.MODULE -> validateModule((Module) object, checks);
		case CurriculumPackage.SESSION -> validateSession((Session) object, checks);
		case CurriculumPackage.STEP -> validateStep((Step) object, checks);
		default -> {
			// no rules of its own
		}
		}
		return ok && checks.ok;
	}

	private static void validateModule(Module m, Checks c) {
		if (m.isExtendsNational()) {
			return; // the national module's titles count
		}
		String who = Subjects.module(m);
		c.titles(m, who, m.getTitle(), m.getTitleEn(), Literals.MODULE__TITLE, Literals.MODULE__TITLE_EN);
	}

	private static void validateSession(Session s, Checks c) {
		String who = Subjects.session(s);
		c.titles(s, who, s.getTitle(), s.getTitleEn(), Literals.SESSION__TITLE, Literals.SESSION__TITLE_EN);
		if (s.getObjectives().isEmpty()) {
			c.error(s, SESSION_WITHOUT_OBJECTIVES, Literals.SESSION__OBJECTIVES, Messages.sessionWithoutObjectives,
					who);
		}
		int minutes = s.getDurationMinutes();
		if (minutes <= 0) {
			c.error(s, DURATION_NOT_POSITIVE, Literals.SESSION__DURATION_MINUTES, Messages.durationNotPositive, who,
					minutes);
		} else if (minutes < SESSION_MIN_MINUTES || minutes > SESSION_MAX_MINUTES) {
			c.warning(s, DURATION_RANGE, Literals.SESSION__DURATION_MINUTES, Messages.durationRange, who, minutes,
					SESSION_MIN_MINUTES, SESSION_MAX_MINUTES);
		}
		int sum = 0;
		Set<Integer> numbers = new HashSet<>();
		for (Step step : s.getSteps()) {
			sum += step.getDurationMinutes();
			if (!numbers.add(step.getNumber())) {
				c.error(step, STEP_NUMBER_DUPLICATE, Literals.STEP__NUMBER, Messages.stepNumberDuplicate, who,
						step.getNumber());
			}
		}
		if (!s.getSteps().isEmpty() && sum != minutes) {
			c.error(s, STEPS_DO_NOT_ADD_UP, Literals.SESSION__DURATION_MINUTES, Messages.stepsDoNotAddUp, who, sum,
					minutes);
		}
	}

	private static void validateStep(Step step, Checks c) {
		String who = Subjects.step(step);
		if (step.getDurationMinutes() <= 0) {
			c.error(step, DURATION_NOT_POSITIVE, Literals.STEP__DURATION_MINUTES, Messages.durationNotPositive, who,
					step.getDurationMinutes());
		}
		if (isBlank(step.getTitle())) {
			c.error(step, TITLE_MISSING, Literals.STEP__TITLE, Messages.titleMissing, who);
		}
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	/** Collects diagnostics, each on the object and feature at fault. */
	static final class Checks {
		final DiagnosticChain diagnostics;
		boolean ok = true;

		Checks(DiagnosticChain diagnostics) {
			this.diagnostics = diagnostics;
		}

		void error(EObject object, int code, EStructuralFeature feature, String message, Object... args) {
			report(Diagnostic.ERROR, object, code, feature, message, args);
		}

		void warning(EObject object, int code, EStructuralFeature feature, String message, Object... args) {
			report(Diagnostic.WARNING, object, code, feature, message, args);
		}

		void titles(EObject object, String who, String title, String titleEn, EStructuralFeature idFeature,
				EStructuralFeature enFeature) {
			if (isBlank(title)) {
				error(object, TITLE_MISSING, idFeature, Messages.titleMissing, who);
			}
			if (isBlank(titleEn)) {
				warning(object, TITLE_EN_MISSING, enFeature, Messages.titleEnMissing, who);
			}
		}

		private void report(int severity, EObject object, int code, EStructuralFeature feature, String message,
				Object... args) {
			if (severity == Diagnostic.ERROR) {
				ok = false;
			}
			if (diagnostics != null) {
				String[] texts = new String[args.length];
				for (int i = 0; i < args.length; i++) {
					texts[i] = String.valueOf(args[i]);
				}
				diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, NLS.bind(message, texts),
						new Object[] { object, feature }));
			}
		}
	}

	/** Labels for the subject of a message. */
	static final class Subjects {
		private Subjects() {
		}

		static String curriculum(Curriculum c) {
			return NLS.bind(Messages.subjectCurriculum, c.getId(), String.valueOf(c.getVersion()));
		}

		static String module(Module m) {
			return NLS.bind(Messages.subjectModule, isBlank(m.getCode()) ? String.valueOf(m.getNumber()) : m.getCode());
		}

		static String session(Session s) {
			return NLS.bind(Messages.subjectSession, String.valueOf(s.getNumber()));
		}

		static String step(Step step) {
			Object session = step.eContainer() instanceof Session s ? s.getNumber() : "?"; //$NON-NLS-1$
			return NLS.bind(Messages.subjectStep, String.valueOf(step.getNumber()), String.valueOf(session));
		}
	}
}
