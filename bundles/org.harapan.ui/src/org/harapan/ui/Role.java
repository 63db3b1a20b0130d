package org.harapan.ui;

/** Who uses the workbench; chosen on first start and in the preferences (Window > Preferences > Working region). */
public enum Role {
	/** Pendamping PKH: works the households of the desa assigned to them. */
	CASE_WORKER,
	/** Koordinator kabupaten: oversees every case worker of a kabupaten/kota. */
	DISTRICT_SUPERVISOR,
	/** Regional IT (Dinas Sosial / Dinas Kesehatan): extends the rules of a kabupaten/kota. */
	REGIONAL_IT,
	/** Programme designer (ministry or province): authors aid programmes and P2K2 curricula. */
	PROGRAMME_DESIGNER;

	/** The role's name in the user's language. */
	public String label() {
		return switch (this) {
		case CASE_WORKER -> Messages.Role_CaseWorker;
		case DISTRICT_SUPERVISOR -> Messages.Role_DistrictSupervisor;
		case REGIONAL_IT -> Messages.Role_RegionalIt;
		case PROGRAMME_DESIGNER -> Messages.Role_ProgrammeDesigner;
		};
	}
}
