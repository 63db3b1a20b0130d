package org.harapan.store;

/**
 * Case-work conditions a household search can require, each answered from indexed columns that the store computes
 * from the household file when it is saved (no tree is loaded by the query).
 */
public enum HouseholdFilter {
	/** A child under five whose latest length/height-for-age z-score is below -2 (growth index). */
	STUNTED_CHILD,
	/** A member recorded as pregnant. */
	PREGNANT,
	/** Suspended, or its latest disbursement was reduced or withheld. */
	SANCTIONED,
	/** A referral that is open or accepted (not yet done or rejected). */
	REFERRAL_OPEN,
	/** No commitment verification (compliance record) for the current month. */
	NOT_VERIFIED_THIS_MONTH
}
