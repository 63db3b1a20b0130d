package org.harapan.provisioning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.osgi.util.NLS;
import org.harapan.provisioning.PlannedChange;

/** A p2 profile change operation, resolved: its status, what it adds, updates and removes, and its job. */
final class ProfileChange implements PlannedChange {

	private final IStatus status;
	private final List<String> changes;
	private final ProfileChangeOperation operation;

	private ProfileChange(IStatus status, List<String> changes, ProfileChangeOperation operation) {
		this.status = status;
		this.changes = changes;
		this.operation = operation;
	}

	static ProfileChange refused(String reason) {
		return new ProfileChange(Status.error(reason), List.of(), null);
	}

	static ProfileChange resolve(ProfileChangeOperation operation, IProgressMonitor monitor) {
		IStatus status = operation.resolveModal(monitor);
		IProvisioningPlan plan = operation.getProvisioningPlan();
		if (status.getSeverity() == IStatus.ERROR || plan == null) {
			return new ProfileChange(status, List.of(), null);
		}
		return new ProfileChange(status, describe(plan), operation);
	}

	/** One line per feature or bundle added, updated or removed (configuration units left out). */
	private static List<String> describe(IProvisioningPlan plan) {
		Map<String, IInstallableUnit> added = byId(plan.getAdditions().query(QueryUtil.ALL_UNITS, null));
		Map<String, IInstallableUnit> removed = byId(plan.getRemovals().query(QueryUtil.ALL_UNITS, null));
		List<String> lines = new ArrayList<>();
		added.forEach((id, unit) -> {
			IInstallableUnit old = removed.get(id);
			lines.add(old == null ? NLS.bind(Messages.Change_Add, id, unit.getVersion())
					: NLS.bind(Messages.Change_Update, new Object[] { id, old.getVersion(), unit.getVersion() }));
		});
		removed.forEach((id, unit) -> {
			if (!added.containsKey(id)) {
				lines.add(NLS.bind(Messages.Change_Remove, id, unit.getVersion()));
			}
		});
		return List.copyOf(lines);
	}

	private static Map<String, IInstallableUnit> byId(Iterable<IInstallableUnit> units) {
		Map<String, IInstallableUnit> map = new TreeMap<>();
		for (IInstallableUnit unit : units) {
			boolean bundle = unit.getProvidedCapabilities().stream().anyMatch(c -> "osgi.bundle".equals(c.getNamespace())); //$NON-NLS-1$
			if (QueryUtil.isGroup(unit) || bundle) {
				map.put(ProductProvisioning.featureId(unit), unit);
			}
		}
		return map;
	}

	@Override
	public IStatus status() {
		return status;
	}

	@Override
	public List<String> changes() {
		return changes;
	}

	@Override
	public IStatus perform(IProgressMonitor monitor) {
		if (operation == null) {
			return status;
		}
		ProvisioningJob job = operation.getProvisioningJob(monitor);
		return job == null ? operation.getResolutionResult() : job.runModal(monitor);
	}
}
