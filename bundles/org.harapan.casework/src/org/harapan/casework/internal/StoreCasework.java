package org.harapan.casework.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.casework.Access;
import org.harapan.casework.AccessDeniedException;
import org.harapan.casework.BulkResult;
import org.harapan.casework.Casework;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.GrowthScoring;
import org.harapan.casework.HouseholdChange;
import org.harapan.casework.HouseholdEvents;
import org.harapan.casework.Refusal;
import org.harapan.casework.UserAdministration;
import org.harapan.model.Household;
import org.harapan.model.validation.HouseholdValidation;
import org.harapan.store.AuditEntry;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.harapan.store.CaseStore;
import org.harapan.store.DocumentStore;
import org.harapan.store.ChildQuery;
import org.harapan.store.ChildSummary;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.SaveResult;
import org.harapan.store.StoreInfo;
import org.harapan.store.StoreStatistics;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** A casework session over one open {@link CaseStore}. */
final class StoreCasework implements Casework {

	private final CaseStore store;
	private final Access access;
	private final Supplier<String> sessionUser;
	private final Guard guard;
	private final GrowthScoring scoring;
	private final Supplier<EventAdmin> events;
	private final Clock clock;

	/**
	 * A session of {@code access} over {@code store}, which is restricted to the access's regions here; on a
	 * single-user store the user is {@code sessionUser} at each save.
	 */
	StoreCasework(CaseStore store, Access access, Supplier<String> sessionUser, GrowthScoring scoring,
			Supplier<EventAdmin> events, Clock clock) {
		this.store = store;
		this.access = access;
		this.sessionUser = sessionUser;
		this.guard = new Guard(this::access, store);
		this.scoring = scoring;
		this.events = events;
		this.clock = clock;
		if (!access.scope().isAll()) {
			store.restrictTo(access.scope());
		}
	}

	@Override
	public String user() {
		return access.singleUser() ? sessionUser.get() : access.user();
	}

	@Override
	public Access access() {
		return access.singleUser() ? Access.singleUser(user()) : access;
	}

	@Override
	public UserAdministration users() {
		return new StoreUserAdministration(store, access());
	}

	@Override
	public void audit(String action, String kpmId, String detail) {
		store.audit(user(), action, kpmId, detail);
	}

	@Override
	public void checkRuleSetChange(String what) {
		Access a = access();
		if (!a.mayInstallRuleSets()) {
			Refusal refusal = Refusal.of("ruleSetNotAllowed", a.user(), a.role().word()); //$NON-NLS-1$
			store.audit(a.user(), AuditEvent.REFUSED, null, what + ": " + refusal.message("en")); //$NON-NLS-1$ //$NON-NLS-2$
			throw new AccessDeniedException(refusal);
		}
	}

	@Override
	public List<AuditEvent> auditTrail(AuditQuery query) {
		if (!access.mayReadAudit()) {
			throw new AccessDeniedException("auditNotAllowed", user(), access.role().word()); //$NON-NLS-1$
		}
		return store.auditTrail(query);
	}

	/** The growth scoring this session indexes children with. */
	GrowthScoring scoring() {
		return scoring;
	}

	/** Loads a household file of the session's regions; every read is audited. */
	@Override
	public Optional<Household> load(String kpmId) {
		Optional<Household> loaded = store.load(kpmId);
		if (loaded.isPresent()) {
			store.audit(user(), AuditEvent.READ, kpmId, "household file, version " + loaded.get().getVersion()); //$NON-NLS-1$
		}
		return loaded;
	}

	@Override
	public ChangeResult change(String kpmId, String description, HouseholdChange change) {
		Optional<Household> loaded = store.load(kpmId);
		if (loaded.isEmpty()) {
			Optional<String> elsewhere = store.storedDesa(kpmId);
			if (elsewhere.isPresent()) { // stored, outside the session's regions
				Household stub = org.harapan.model.HarapanFactory.eINSTANCE.createHousehold();
				stub.setKpmId(kpmId);
				stub.setDesaCode(elsewhere.get());
				return guard.refuse(stub, guard.refusal(stub, false));
			}
			return ChangeResult.notFound(kpmId);
		}
		Household h = loaded.get();
		change.apply(h);
		return save(h, description);
	}

	@Override
	public ChangeResult save(Household edited, String description) {
		String kpmId = edited.getKpmId();
		long before = edited.getVersion();
		Refusal refusal = guard.refusal(edited, true);
		if (refusal != null) {
			return guard.refuse(edited, refusal);
		}
		Diagnostic diagnostic = validate(edited);
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			return ChangeResult.invalid(kpmId, before, diagnostic);
		}
		String who = user();
		return switch (store.save(edited, who, description)) {
		case SaveResult.Saved s when before != 0 && s.version() == before -> ChangeResult.unchanged(kpmId, before);
		case SaveResult.Saved s -> {
			post(HouseholdEvents.CHANGED, Map.of(HouseholdEvents.KPM_ID, kpmId, HouseholdEvents.VERSION, s.version(),
					HouseholdEvents.USER, who, HouseholdEvents.DESCRIPTION, description == null ? "" : description)); //$NON-NLS-1$
			yield ChangeResult.saved(kpmId, s.version());
		}
		case SaveResult.Conflict c -> ChangeResult.conflict(kpmId, c.storedVersion(), c.changedBy(), c.changedAt());
		case SaveResult.Invalid i -> ChangeResult.invalid(kpmId, before, i.diagnostic());
		};
	}

	@Override
	public BulkResult saveAll(Iterator<Household> households, String description, IProgressMonitor monitor) {
		String who = user();
		// consumed on the store's thread while the store is busy: refusals are audited afterwards
		List<ChangeResult> refused = java.util.Collections.synchronizedList(new ArrayList<>());
		org.harapan.store.BulkResult r = store.saveAll(new Allowed(households, h -> {
			Refusal refusal = guard.refusal(h, false);
			if (refusal != null) {
				refused.add(ChangeResult.refused(h.getKpmId(), h.getVersion(), h, refusal));
			}
			return refusal == null;
		}), who, description, monitor);
		refused.forEach(c -> guard.audit(c.kpmId(), c.refusal()));
		List<ChangeResult> rejected = new ArrayList<>(refused);
		for (SaveResult s : r.rejected()) {
			rejected.add(switch (s) {
			case SaveResult.Conflict c -> ChangeResult.conflict(c.kpmId(), c.storedVersion(), c.changedBy(),
					c.changedAt());
			case SaveResult.Invalid i -> ChangeResult.invalid(i.kpmId(), 0, i.diagnostic());
			case SaveResult.Saved saved -> ChangeResult.saved(saved.kpmId(), saved.version());
			});
		}
		if (r.inserted() + r.updated() > 0) {
			post(HouseholdEvents.SAVED_ALL, Map.of(HouseholdEvents.INSERTED, r.inserted(), HouseholdEvents.UPDATED,
					r.updated(), HouseholdEvents.USER, who, HouseholdEvents.DESCRIPTION,
					description == null ? "" : description)); //$NON-NLS-1$
		}
		return new BulkResult(r.inserted(), r.updated(), r.unchanged(), rejected);
	}

	@Override
	public void forEach(HouseholdQuery query, Consumer<Household> action, IProgressMonitor monitor) {
		store.forEach(query, action, SubMonitor.convert(monitor, Messages.readTask, 1).split(1));
	}

	@Override
	public void forEachHousehold(Consumer<Household> action, IProgressMonitor monitor) {
		forEach(HouseholdQuery.all(), action, monitor);
	}

	@Override
	public Diagnostic validate(Household household) {
		return HouseholdValidation.validate(household, HouseholdValidation.context(store::householdOfNik, clock));
	}

	@Override
	public void reindex(IProgressMonitor monitor) {
		long n = store.reindex(SubMonitor.convert(monitor, Messages.reindexTask, 1).split(1));
		post(HouseholdEvents.REINDEXED, Map.of(HouseholdEvents.HOUSEHOLDS, n, HouseholdEvents.USER, user()));
	}

	private void post(String topic, Map<String, Object> properties) {
		EventAdmin admin = events.get();
		if (admin != null) {
			admin.postEvent(new Event(topic, properties));
		}
	}

	@Override
	public StoreInfo info() {
		return store.info();
	}

	@Override
	public boolean isEmpty() {
		return store.info().households() == 0;
	}

	@Override
	public List<HouseholdSummary> find(HouseholdQuery query) {
		return store.find(query);
	}

	@Override
	public long count(HouseholdQuery query) {
		return store.count(query);
	}

	@Override
	public long count(HouseholdQuery query, long atMost) {
		return store.count(query, atMost);
	}

	@Override
	public List<ChildSummary> findChildren(ChildQuery query) {
		return store.findChildren(query);
	}

	@Override
	public List<AuditEntry> history(String kpmId) {
		return access.scope().isAll() || store.storedDesa(kpmId).filter(access.scope()::contains).isPresent()
				? store.history(kpmId)
				: List.of();
	}

	@Override
	public Optional<String> householdOfNik(String nik) {
		return store.householdOfNik(nik);
	}

	@Override
	public StoreStatistics statistics() {
		return store.statistics();
	}

	@Override
	public DocumentStore documents() {
		return SessionDocuments.of(store, this::access, guard);
	}

	@Override
	public DocumentStore shippedDocuments() {
		return SessionDocuments.shipped(store, this::access, guard);
	}

	@Override
	public void close() {
		store.close();
	}
}
