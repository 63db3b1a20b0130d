package org.harapan.store;

/** The orders a household search can return its rows in; ties are broken by KPM id. */
public enum HouseholdSort {
	KPM_ID, HEAD_NAME, DESA, FACILITATOR, STATUS, MEMBERS
}
