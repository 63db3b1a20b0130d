package org.harapan.ui.login;

import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;
import org.harapan.casework.AccessDeniedException;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.UserSession;
import org.harapan.store.StoreException;
import org.harapan.store.StoreLocation;
import org.harapan.store.UserRole;
import org.harapan.ui.UiFeedback;
import org.harapan.ui.cases.Caseworks;
import org.harapan.ui.cases.Services;

/**
 * Creates the administrator of a store without users (the first start on a new embedded store) through casework's
 * user administration, logs the session in as that user, and, when chosen, encrypts the store with a key derived
 * from the password ({@link CaseworkService#encrypt}, as {@code ./harapan store encrypt} does). Sessions of this
 * program on the store are closed first ({@code closeSessions}); a failure leaves the store as it was (an account
 * created before a failed encryption stays, and a second run goes on from there).
 */
public final class OwnerJob extends Job {

	private final StoreLocation location;
	private final Owner owner;
	private final Runnable closeSessions;

	/**
	 * @param location      the store, {@code null} for the data folder's
	 * @param owner         the account (this job clears its password when done)
	 * @param closeSessions closes what this program has open on the store (encryption needs it alone)
	 */
	public OwnerJob(StoreLocation location, Owner owner, Runnable closeSessions) {
		super(owner.encrypt() ? Messages.Owner_JobEncrypt : Messages.Owner_JobCreate);
		this.location = location;
		this.owner = owner;
		this.closeSessions = closeSessions;
		UiFeedback.visible(this);
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE); // the first start shows it
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			CaseworkService service = Caseworks.service();
			UserSession session = Services.await(UserSession.class)
					.orElseThrow(() -> new IllegalStateException(Messages.Owner_NoSession));
			StoreLocation at = location == null ? service.defaultLocation() : location;
			closeSessions.run();
			progress.subTask(NLS.bind(Messages.Owner_Creating, owner.name()));
			try (Casework casework = service.open(at, progress.split(5))) {
				if (casework.access().singleUser()) { // else made by an earlier run that failed to encrypt
					casework.users().add(owner.name(), UserRole.ADMINISTRATOR, Set.of(), owner.password());
				}
			}
			session.login(owner.name(), owner.password());
			if (owner.encrypt() && !service.isEncrypted(at)) {
				progress.subTask(Messages.Owner_JobEncrypt);
				service.encrypt(at, progress.split(95));
			}
			return Status.OK_STATUS;
		} catch (AccessDeniedException | StoreException | IllegalStateException e) {
			return UiFeedback.error(e.getLocalizedMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} finally {
			owner.clear();
		}
	}
}
