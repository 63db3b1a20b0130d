package org.harapan.io.households;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.harapan.model.HarapanPackage.Literals;

/**
 * The columns of the households CSV: one row per member, the household's columns repeated on each of its
 * rows (rows of one household are consecutive, the head's first). README "CSV formats" documents them.
 */
public final class HouseholdColumns {

	public static final String KPM_ID = "kpm_id"; //$NON-NLS-1$
	public static final String NO_KK = "no_kk"; //$NON-NLS-1$
	public static final String DESA_CODE = "desa_code"; //$NON-NLS-1$
	public static final String ADDRESS = "address"; //$NON-NLS-1$
	public static final String FACILITATOR = "facilitator"; //$NON-NLS-1$
	public static final String STATUS = "status"; //$NON-NLS-1$
	public static final String JOINED_DATE = "joined_date"; //$NON-NLS-1$
	public static final String WELFARE_DECILE = "welfare_decile"; //$NON-NLS-1$
	public static final String NIK = "nik"; //$NON-NLS-1$
	public static final String NAME = "name"; //$NON-NLS-1$
	public static final String SEX = "sex"; //$NON-NLS-1$
	public static final String BIRTH_DATE = "birth_date"; //$NON-NLS-1$
	public static final String RELATION = "relation"; //$NON-NLS-1$
	public static final String PREGNANT = "pregnant"; //$NON-NLS-1$
	public static final String EXPECTED_DELIVERY = "expected_delivery"; //$NON-NLS-1$
	public static final String SCHOOL_LEVEL = "school_level"; //$NON-NLS-1$
	public static final String ENROLLED = "enrolled"; //$NON-NLS-1$
	public static final String DISABILITY = "disability"; //$NON-NLS-1$

	/** All columns, in the order export writes them. */
	public static final List<String> ALL = List.of(KPM_ID, NO_KK, DESA_CODE, ADDRESS, FACILITATOR, STATUS,
			JOINED_DATE, WELFARE_DECILE, NIK, NAME, SEX, BIRTH_DATE, RELATION, PREGNANT, EXPECTED_DELIVERY,
			SCHOOL_LEVEL, ENROLLED, DISABILITY);

	/** The columns the header must have (README "CSV formats": required); the others may be left out. */
	public static final List<String> REQUIRED = List.of(KPM_ID, DESA_CODE, NIK, NAME, SEX, BIRTH_DATE, RELATION);

	/** Longest KPM id, facilitator id, name and address the store keeps (its column sizes). */
	public static final int KPM_ID_LIMIT = 64;
	public static final int FACILITATOR_LIMIT = 200;
	public static final int NAME_LIMIT = 200;
	public static final int ADDRESS_LIMIT = 500;

	/** The household's columns (the first eight), the same on every row of one household. */
	public static final int HOUSEHOLD_COLUMNS = 8;

	private HouseholdColumns() {
	}

	/** The column of a model feature, for validation messages; {@code null} when none. */
	public static String of(EStructuralFeature feature) {
		if (feature == Literals.HOUSEHOLD__KPM_ID) {
			return KPM_ID;
		} else if (feature == Literals.HOUSEHOLD__NO_KK) {
			return NO_KK;
		} else if (feature == Literals.HOUSEHOLD__DESA_CODE) {
			return DESA_CODE;
		} else if (feature == Literals.HOUSEHOLD__WELFARE_DECILE) {
			return WELFARE_DECILE;
		} else if (feature == Literals.MEMBER__NIK) {
			return NIK;
		} else if (feature == Literals.MEMBER__NAME) {
			return NAME;
		} else if (feature == Literals.MEMBER__SEX) {
			return SEX;
		} else if (feature == Literals.MEMBER__BIRTH_DATE) {
			return BIRTH_DATE;
		} else if (feature == Literals.MEMBER__PREGNANT) {
			return PREGNANT;
		} else if (feature == Literals.MEMBER__EXPECTED_DELIVERY_DATE) {
			return EXPECTED_DELIVERY;
		}
		return null;
	}
}
