package org.harapan.model.validation;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.model.region.RegionDirectory;

/**
 * Façade over {@link HouseholdValidator}: validates a whole household tree and returns the
 * {@link Diagnostic}. Works with or without the global {@link EValidator.Registry}.
 *
 * <pre>
 * Diagnostic d = HouseholdValidation.validate(household, HouseholdValidation.context(store::householdOf, clock));
 * </pre>
 */
public final class HouseholdValidation {

	/** Context key of the {@link NikDirectory} used for NIK uniqueness across the store. */
	public static final Object NIK_DIRECTORY = NikDirectory.class;
	/** Context key of the {@link Clock} that says what "today" is (default: system clock). */
	public static final Object CLOCK = Clock.class;
	/** Context key of the {@link RegionDirectory} (default: {@link RegionDirectory#get()}). */
	public static final Object REGIONS = RegionDirectory.class;

	private static final Diagnostician DIAGNOSTICIAN;

	static {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(HarapanPackage.eINSTANCE, HouseholdValidator.INSTANCE);
		DIAGNOSTICIAN = new Diagnostician(registry);
	}

	private HouseholdValidation() {
	}

	/** A validation context with a NIK directory and a clock (either may be {@code null}). */
	public static Map<Object, Object> context(NikDirectory nikDirectory, Clock clock) {
		Map<Object, Object> context = new HashMap<>();
		if (nikDirectory != null) {
			context.put(NIK_DIRECTORY, nikDirectory);
		}
		if (clock != null) {
			context.put(CLOCK, clock);
		}
		return context;
	}

	/** Validates the household and everything it contains, without a store-wide NIK directory. */
	public static Diagnostic validate(Household household) {
		return validate(household, context(null, null));
	}

	/** Validates the household and everything it contains with the given context. */
	public static Diagnostic validate(Household household, Map<Object, Object> context) {
		Map<Object, Object> c = context == null ? new HashMap<>() : new HashMap<>(context);
		return DIAGNOSTICIAN.validate(household, c);
	}

	/**
	 * Registers the validator for the Harapan package in the global registry, so that EMF tools using
	 * {@link Diagnostician#INSTANCE} apply these rules too.
	 */
	public static void register() {
		EValidator.Registry.INSTANCE.put(HarapanPackage.eINSTANCE, HouseholdValidator.INSTANCE);
	}
}
