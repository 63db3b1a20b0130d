package org.harapan.model.validation;

import java.util.Optional;

/**
 * Looks up which household holds a NIK, so validation can find duplicates across the whole store.
 * The case store supplies an implementation in the validation context under
 * {@link HouseholdValidation#NIK_DIRECTORY}.
 */
@FunctionalInterface
public interface NikDirectory {

	/** A directory that knows no NIK: only duplicates within one household are found. */
	NikDirectory NONE = nik -> Optional.empty();

	/** The KPM id of the household that holds this NIK, if any. */
	Optional<String> householdOf(String nik);
}
