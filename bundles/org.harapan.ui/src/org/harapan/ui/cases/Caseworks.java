package org.harapan.ui.cases;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;

/**
 * Opening casework from a job of the UI, and the households of the user's working region: a case worker's assigned
 * desa, else the whole kabupaten/kota (every household before the first choice).
 */
public final class Caseworks {

	private Caseworks() {
	}

	/** The casework service (waiting for it briefly); fails with a message for the user when it is missing. */
	public static CaseworkService service() throws InterruptedException {
		return Services.await(CaseworkService.class)
				.orElseThrow(() -> new IllegalStateException(Messages.Household_NoCasework));
	}

	/**
	 * Opens casework on {@code location}, or on the data folder's store when it is {@code null} (after the start-up
	 * store job has filled it). Call it from a job.
	 */
	public static Casework open(StoreLocation location, IProgressMonitor monitor) throws InterruptedException {
		CaseworkService service = service();
		if (location != null) {
			return service.open(location, monitor);
		}
		while (!CaseStoreJobs.isDone()) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Thread.sleep(50);
		}
		return service.openDefault(monitor);
	}

	/** The store query of the working region's households (to be narrowed by {@link #inRegion}). */
	public static HouseholdQuery query(WorkingRegion region) {
		HouseholdQuery all = HouseholdQuery.all();
		return region != null && region.role() == Role.CASE_WORKER && !region.desaCodes().isEmpty()
				? all.withDesaCodes(java.util.Set.copyOf(region.desaCodes()))
				: all;
	}

	/** Whether {@code h} is in the working region ({@code null}: no region chosen, every household). */
	public static boolean inRegion(WorkingRegion region, Household h) {
		if (region == null) {
			return true;
		}
		if (region.role() == Role.CASE_WORKER && !region.desaCodes().isEmpty()) {
			return region.desaCodes().contains(h.getDesaCode());
		}
		return region.kabupatenCode().equals(h.kabupatenCode());
	}
}
