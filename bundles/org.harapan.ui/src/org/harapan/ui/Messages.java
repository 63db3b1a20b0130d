package org.harapan.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the role and working region choice; English in messages.properties, Indonesian in messages_id. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.harapan.ui.messages"; //$NON-NLS-1$

	public static String Role_CaseWorker;
	public static String Role_DistrictSupervisor;
	public static String Role_RegionalIt;
	public static String Role_ProgrammeDesigner;
	public static String Region_Role;
	public static String Region_Kabupaten;
	public static String Region_Desa;
	public static String Region_DesaHint;
	public static String Region_Incomplete;
	public static String Region_PageDescription;
	public static String Job_Failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
