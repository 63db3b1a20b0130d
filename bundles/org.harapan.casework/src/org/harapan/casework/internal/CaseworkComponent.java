package org.harapan.casework.internal;

import java.time.Clock;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.harapan.casework.Access;
import org.harapan.casework.AccessDeniedException;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.GrowthScoring;
import org.harapan.casework.UserSession;
import org.harapan.growth.GrowthAssessor;
import org.harapan.store.AuditEvent;
import org.harapan.store.CaseStore;
import org.harapan.store.CaseStoreService;
import org.harapan.store.StoreException;
import org.harapan.store.StoreLocation;
import org.harapan.store.Workplace;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * Opens casework sessions over the case store service. The growth index is computed through the growth services
 * ({@link GrowthAssessor}, when one is installed); events go to EventAdmin when it is there. Outside OSGi,
 * construct it with its collaborators.
 */
@Component(service = CaseworkService.class)
public final class CaseworkComponent implements CaseworkService {

	@Reference
	private CaseStoreService stores;

	@Reference
	private UserSession session;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile GrowthAssessor assessor;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile EventAdmin events;

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile Workplace workplace;

	private final GrowthScoring scoring = new GrowthScoring(() -> assessor);
	private final Login login = new Login();
	private final Clock clock;

	public CaseworkComponent() {
		this.clock = Clock.systemDefaultZone();
	}

	/**
	 * For plain Java and tests. {@code assessor}, {@code events} and {@code workplace} may be {@code null}.
	 */
	public CaseworkComponent(CaseStoreService stores, UserSession session, GrowthAssessor assessor,
			EventAdmin events, Workplace workplace, Clock clock) {
		this.stores = stores;
		this.session = session;
		this.assessor = assessor;
		this.events = events;
		this.workplace = workplace;
		this.clock = clock;
	}

	@Override
	public Casework open(StoreLocation location, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.openTask, location), 1);
		StoreLocation at = location;
		if (stores.isEncrypted(location)) {
			char[] password = session.password();
			if (password == null) {
				throw new AccessDeniedException("loginPasswordNeeded", location, session.user()); //$NON-NLS-1$
			}
			try {
				at = stores.unlock(location, password);
			} finally {
				Arrays.fill(password, '\0');
			}
		}
		try {
			return over(stores.open(at, scoring, progress.split(1)), location.toString());
		} catch (StoreException e) {
			if (at != location) {
				session.forgetPassword(); // the password does not open the encrypted store
			}
			throw e;
		}
	}

	/** {@link #open} over a store opened by the caller (e.g. one in memory for tests); closing closes it. */
	public Casework over(CaseStore store) {
		return over(store, store.info().location().toString());
	}

	private Casework over(CaseStore store, String where) {
		try {
			return new StoreCasework(store, login.check(store, where, session), session::user, scoring, () -> events,
					clock);
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
	}

	@Override
	public boolean isEncrypted(StoreLocation location) {
		return stores.isEncrypted(location);
	}

	@Override
	public void encrypt(StoreLocation location, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try (Casework casework = open(location, progress.split(1))) {
			Access access = casework.access();
			if (access.singleUser()) {
				throw new AccessDeniedException("encryptNeedsUsers"); //$NON-NLS-1$
			}
			if (!access.mayAdminister()) {
				throw new AccessDeniedException("encryptNotAllowed", access.user(), access.role().word()); //$NON-NLS-1$
			}
			casework.audit(AuditEvent.ENCRYPT, null, "store encrypted with a key derived from the password of " //$NON-NLS-1$
					+ access.user());
		}
		char[] password = session.password();
		if (password == null) {
			throw new AccessDeniedException("loginPasswordNeeded", location, session.user()); //$NON-NLS-1$
		}
		try {
			stores.encrypt(location, session.user(), password, progress.split(9));
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	@Override
	public Casework openDefault(IProgressMonitor monitor) {
		return open(defaultLocation(), monitor);
	}

	@Override
	public StoreLocation defaultLocation() {
		Workplace w = workplace;
		if (w == null) {
			throw new IllegalStateException("No data folder service (Workplace) is available"); //$NON-NLS-1$
		}
		return w.defaultStore();
	}

	@Override
	public GrowthScoring growthScoring() {
		return scoring;
	}
}
