package org.harapan.provisioning.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.harapan.casework.AccessDeniedException;
import org.harapan.casework.Casework;
import org.harapan.provisioning.PlannedChange;

/**
 * An install or uninstall of rule-set features by the user of a casework session: refused unless the user installs
 * rule sets (the refusal audited by casework), and its outcome written to the audit trail of the session's store,
 * one row per feature ({@code id version from repository: done} or {@code failed: reason}). A change that cannot be
 * resolved is recorded as failed at once; a resolved one when {@link #perform} ends.
 */
final class AuditedChange implements PlannedChange {

	private final PlannedChange change;
	private final Casework by;
	private final String action;
	private final List<String> features;
	private final String from;

	private AuditedChange(PlannedChange change, Casework by, String action, List<String> features, String from) {
		this.change = change;
		this.by = by;
		this.action = action;
		this.features = features;
		this.from = from;
	}

	/**
	 * Why the user of {@code by} may not make the change {@code what} (audited), or null when they may.
	 */
	static PlannedChange refusal(Casework by, String what) {
		try {
			by.checkRuleSetChange(what);
			return null;
		} catch (AccessDeniedException e) {
			return ProfileChange.refused(e.getMessage());
		}
	}

	/**
	 * {@code change} of {@code features} ({@code id version}, or the id alone when unresolved) from repository
	 * {@code from} (null for an uninstall), recorded with {@code action} in the audit trail of {@code by}.
	 */
	static PlannedChange of(PlannedChange change, Casework by, String action, List<String> features, String from) {
		AuditedChange audited = new AuditedChange(change, by, action, List.copyOf(features), from);
		if (change.status().getSeverity() == IStatus.ERROR) {
			audited.record(change.status());
		}
		return audited;
	}

	@Override
	public IStatus status() {
		return change.status();
	}

	@Override
	public List<String> changes() {
		return change.changes();
	}

	@Override
	public IStatus perform(IProgressMonitor monitor) {
		if (change.status().getSeverity() == IStatus.ERROR) {
			return change.status(); // recorded when it was resolved
		}
		IStatus done = change.perform(monitor);
		record(done);
		return done;
	}

	private void record(IStatus outcome) {
		String result = outcome.getSeverity() == IStatus.ERROR ? "failed: " + outcome.getMessage() : "done"; //$NON-NLS-1$ //$NON-NLS-2$
		for (String feature : features) {
			by.audit(action, null, feature + (from == null ? "" : " from " + from) + ": " + result); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
