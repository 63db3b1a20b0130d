package org.harapan.io.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.casework.Casework;
import org.harapan.casework.internal.CaseworkComponent;
import org.harapan.casework.internal.UserSessionComponent;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.validation.HouseholdValidation;
import org.harapan.store.AuditEntry;
import org.harapan.store.BulkResult;
import org.harapan.store.CaseStore;
import org.harapan.store.ChildQuery;
import org.harapan.store.ChildSummary;
import org.harapan.store.DocumentStore;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.SaveResult;
import org.harapan.store.StoreInfo;
import org.harapan.store.StoreLocation;
import org.harapan.store.StoreStatistics;

/**
 * A case store in memory for the tests of the CSV layer, independent of the JDBC store: households are kept
 * as copies (so that edits of a loaded household do not leak into the store), compared with
 * {@link EcoreUtil#equals} for "unchanged", validated with the model's validation and a NIK directory.
 */
public final class MemoryCaseStore implements CaseStore {

	private final TreeMap<String, Household> households = new TreeMap<>();
	private final Map<String, Long> versions = new HashMap<>();
	private final Map<String, String> nikToKpm = new HashMap<>();
	private int saves;

	/** A casework session over this store (without growth scores or events; the default user). */
	public Casework casework() {
		return new CaseworkComponent(null, new UserSessionComponent(null), null, null, null,
				java.time.Clock.systemDefaultZone()).over(this);
	}

	/** Number of household writes (inserts and updates) so far. */
	public int saves() {
		return saves;
	}

	@Override
	public StoreInfo info() {
		return new StoreInfo(new StoreLocation("memory:", "", ""), "memory", 1, households.size()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Override
	public Optional<Household> load(String kpmId) {
		Household h = households.get(kpmId);
		if (h == null) {
			return Optional.empty();
		}
		Household copy = EcoreUtil.copy(h);
		copy.setVersion(versions.get(kpmId));
		return Optional.of(copy);
	}

	@Override
	public SaveResult save(Household household, String user, String change) {
		String id = household.getKpmId();
		long stored = versions.getOrDefault(id, 0L);
		if (household.getVersion() != stored) {
			return new SaveResult.Conflict(id, household.getVersion(), stored, "someone", java.time.Instant.EPOCH); //$NON-NLS-1$
		}
		List<String> problems = problems(household);
		if (!problems.isEmpty()) {
			return SaveResult.Invalid.of(id, household, problems);
		}
		put(household);
		household.setVersion(stored + 1);
		return new SaveResult.Saved(id, stored + 1);
	}

	private List<String> problems(Household household) {
		Diagnostic d = HouseholdValidation.validate(household,
				HouseholdValidation.context(nik -> Optional.ofNullable(nikToKpm.get(nik)), null));
		List<String> problems = new ArrayList<>();
		for (Diagnostic child : d.getChildren()) {
			if (child.getSeverity() == Diagnostic.ERROR) {
				problems.add(child.getMessage());
			}
		}
		return problems;
	}

	private void put(Household household) {
		Household old = households.get(household.getKpmId());
		if (old != null) {
			old.getMembers().forEach(m -> nikToKpm.remove(m.getNik()));
		}
		Household copy = EcoreUtil.copy(household);
		copy.setVersion(0);
		households.put(household.getKpmId(), copy);
		for (Member m : copy.getMembers()) {
			nikToKpm.put(m.getNik(), copy.getKpmId());
		}
		versions.merge(household.getKpmId(), 1L, Long::sum);
		saves++;
	}

	@Override
	public BulkResult saveAll(Iterator<Household> source, String user, String change, IProgressMonitor monitor) {
		long inserted = 0, updated = 0, unchanged = 0;
		List<SaveResult> rejected = new ArrayList<>();
		while (source.hasNext()) {
			Household h = source.next();
			Household old = households.get(h.getKpmId());
			if (old != null && sameTree(old, h)) {
				unchanged++;
				continue;
			}
			List<String> problems = problems(h);
			if (!problems.isEmpty()) {
				rejected.add(SaveResult.Invalid.of(h.getKpmId(), h, problems));
				continue;
			}
			if (old == null) {
				inserted++;
			} else {
				updated++;
			}
			put(h);
		}
		return new BulkResult(inserted, updated, unchanged, rejected);
	}

	private static boolean sameTree(Household stored, Household h) {
		long version = h.getVersion();
		h.setVersion(0);
		try {
			return EcoreUtil.equals(stored, h);
		} finally {
			h.setVersion(version);
		}
	}

	@Override
	public List<HouseholdSummary> find(HouseholdQuery query) {
		List<HouseholdSummary> result = new ArrayList<>();
		for (Household h : households.values()) {
			if (query.desaCode() == null || query.desaCode().equals(h.getDesaCode())) {
				Member head = h.head();
				result.add(new HouseholdSummary(h.getKpmId(), h.getNoKK(), head == null ? null : head.getName(),
						h.getDesaCode(), h.getFacilitator(), h.getStatus(), h.getMembers().size(),
						versions.get(h.getKpmId())));
			}
		}
		return result;
	}

	@Override
	public void forEach(HouseholdQuery query, Consumer<Household> action, IProgressMonitor monitor) {
		for (HouseholdSummary s : find(query)) {
			action.accept(load(s.kpmId()).orElseThrow());
		}
	}

	@Override
	public long reindex(IProgressMonitor monitor) {
		return households.size();
	}

	@Override
	public long count(HouseholdQuery query) {
		return find(query).size();
	}

	@Override
	public List<ChildSummary> findChildren(ChildQuery query) {
		return List.of();
	}

	@Override
	public List<AuditEntry> history(String kpmId) {
		return List.of();
	}

	@Override
	public Optional<String> householdOfNik(String nik) {
		return Optional.ofNullable(nikToKpm.get(nik));
	}

	@Override
	public StoreStatistics statistics() {
		return new StoreStatistics(households.size(), nikToKpm.size(), Map.of(), Map.of(), Map.of());
	}

	@Override
	public DocumentStore documents() {
		throw new UnsupportedOperationException("the memory store of the io tests keeps no documents"); //$NON-NLS-1$
	}

	@Override
	public void close() {
		// nothing to release
	}
}
