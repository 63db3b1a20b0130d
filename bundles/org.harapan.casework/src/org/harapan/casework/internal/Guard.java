package org.harapan.casework.internal;

import java.util.Optional;
import java.util.function.Supplier;

import org.harapan.casework.Access;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.Refusal;
import org.harapan.model.Household;
import org.harapan.store.AuditEvent;
import org.harapan.store.CaseStore;
import org.harapan.store.RegionScope;

/**
 * What a casework session's user may change: households of their regions, if their role changes households at all.
 * Refusals are audited. (The store refuses the same saves again below, and sees only the session's regions.)
 */
final class Guard {

	private final Supplier<Access> access;
	private final CaseStore store;

	Guard(Supplier<Access> access, CaseStore store) {
		this.access = access;
		this.store = store;
	}

	/**
	 * Why {@code household} may not be saved by this session, or null when it may: its role, its desa, or (when
	 * {@code checkStored}) the desa it is stored under.
	 */
	Refusal refusal(Household household, boolean checkStored) {
		Access access = this.access.get();
		String kpmId = household.getKpmId();
		if (!access.mayChangeHouseholds()) {
			return Refusal.of("changeRefusedRole", kpmId, access.user(), access.role().word()); //$NON-NLS-1$
		}
		RegionScope scope = access.scope();
		if (scope.isAll()) {
			return null;
		}
		String desa = household.getDesaCode();
		if (!scope.contains(desa)) {
			return outside(kpmId, desa);
		}
		Optional<String> stored = checkStored && kpmId != null ? store.storedDesa(kpmId) : Optional.empty();
		return stored.isPresent() && !scope.contains(stored.get()) ? outside(kpmId, stored.get()) : null;
	}

	private Refusal outside(String kpmId, String desa) {
		Access a = access.get();
		return Refusal.of("changeRefusedRegion", kpmId, desa == null ? "-" : desa, a.user(), a.scope()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The refused result of a save, audited. */
	ChangeResult refuse(Household household, Refusal refusal) {
		audit(household.getKpmId(), refusal);
		return ChangeResult.refused(household.getKpmId(), household.getVersion(), household, refusal);
	}

	void audit(String kpmId, Refusal refusal) {
		store.audit(access.get().user(), AuditEvent.REFUSED, kpmId, refusal.message("en")); //$NON-NLS-1$
	}
}
