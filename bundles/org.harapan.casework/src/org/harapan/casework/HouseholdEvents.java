package org.harapan.casework;

/** The OSGi EventAdmin events casework posts (asynchronously) after saves. */
public final class HouseholdEvents {

	/** One household was saved (created or changed). Properties: kpmId, version, user, description. */
	public static final String CHANGED = "org/harapan/casework/household/CHANGED"; //$NON-NLS-1$
	/** Many households were saved by {@link Casework#saveAll}. Properties: inserted, updated, user, description. */
	public static final String SAVED_ALL = "org/harapan/casework/household/SAVED_ALL"; //$NON-NLS-1$
	/** The growth index was recomputed by {@link Casework#reindex}. Properties: households, user. */
	public static final String REINDEXED = "org/harapan/casework/household/REINDEXED"; //$NON-NLS-1$
	/** Every topic of this class. */
	public static final String ALL = "org/harapan/casework/household/*"; //$NON-NLS-1$

	public static final String KPM_ID = "kpmId"; //$NON-NLS-1$
	public static final String VERSION = "version"; //$NON-NLS-1$
	public static final String USER = "user"; //$NON-NLS-1$
	public static final String DESCRIPTION = "description"; //$NON-NLS-1$
	public static final String INSERTED = "inserted"; //$NON-NLS-1$
	public static final String UPDATED = "updated"; //$NON-NLS-1$
	public static final String HOUSEHOLDS = "households"; //$NON-NLS-1$

	private HouseholdEvents() {
	}
}
