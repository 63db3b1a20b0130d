package org.harapan.curriculum.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumPackage;

/**
 * Façade over {@link CurriculumValidator}: validates a whole curriculum and returns the {@link Diagnostic}. Works
 * with or without the global {@link EValidator.Registry}.
 */
public final class CurriculumValidation {

	/** Context key: the stored published original of the version being validated (a change to it is an error). */
	public static final Object PUBLISHED = "org.harapan.curriculum.published"; //$NON-NLS-1$
	/** Context key: the national curriculum a regional variant extends. */
	public static final Object NATIONAL = "org.harapan.curriculum.national"; //$NON-NLS-1$

	private static final Diagnostician DIAGNOSTICIAN;

	static {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(CurriculumPackage.eINSTANCE, CurriculumValidator.INSTANCE);
		DIAGNOSTICIAN = new Diagnostician(registry);
	}

	private CurriculumValidation() {
	}

	/** Validates the curriculum and everything it contains. */
	public static Diagnostic validate(Curriculum curriculum) {
		return validate(curriculum, null, null);
	}

	/**
	 * Validates the curriculum and everything it contains.
	 *
	 * @param published its published original, when the version is published ({@code null}: none)
	 * @param national  the national curriculum, when it is a regional variant ({@code null}: not checked against it)
	 */
	public static Diagnostic validate(Curriculum curriculum, Curriculum published, Curriculum national) {
		Map<Object, Object> context = new HashMap<>();
		if (published != null) {
			context.put(PUBLISHED, published);
		}
		if (national != null) {
			context.put(NATIONAL, national);
		}
		return DIAGNOSTICIAN.validate(curriculum, context);
	}

	/** Registers the validator in the global registry, so EMF tools using {@link Diagnostician#INSTANCE} apply it. */
	public static void register() {
		EValidator.Registry.INSTANCE.put(CurriculumPackage.eINSTANCE, CurriculumValidator.INSTANCE);
	}
}
