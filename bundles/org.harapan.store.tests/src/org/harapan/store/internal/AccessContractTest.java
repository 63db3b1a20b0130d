package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.model.Household;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.harapan.store.ChildQuery;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.PasswordHash;
import org.harapan.store.RegionScope;
import org.harapan.store.SaveResult;
import org.harapan.store.StoreException;
import org.harapan.store.UserAccount;
import org.harapan.store.UserRole;
import org.junit.jupiter.api.Test;

/**
 * Users, region scopes and the audit trail of every store, on H2 ({@link H2AccessTest}) and PostgreSQL
 * ({@link PostgresAccessTest}).
 */
abstract class AccessContractTest extends StoreTestBase {

	static final int HOUSEHOLDS = 90;

	final Fixtures fixtures = new Fixtures(today);
	/** Households in three desa (the fixtures' households n, n + desa, n + 2 desa, … share a desa). */
	final List<Household> households;

	AccessContractTest() {
		int desa = RegionDirectory.get().desaUnder("64.01").size(); //$NON-NLS-1$
		households = IntStream.range(0, HOUSEHOLDS).mapToObj(i -> fixtures.household(i % 3 + i / 3 * desa)).toList();
	}

	/** A store with {@link #HOUSEHOLDS} households over the desa of Kabupaten Paser. */
	JdbcCaseStore filled() {
		JdbcCaseStore store = open();
		store.saveAll(households.stream().map(EcoreUtil::copy).iterator(), "import", null, null); //$NON-NLS-1$
		return store;
	}

	List<String> householdsOf(String desa) {
		return households.stream().filter(h -> h.getDesaCode().equals(desa)).map(Household::getKpmId).sorted().toList();
	}

	String desa(int i) {
		return households.get(i).getDesaCode();
	}

	@Test
	void aSessionOfOneDesaSeesOnlyThatDesa() {
		filled();
		String desa = desa(0);
		Household theirs = households.get(1);
		List<String> mine = householdsOf(desa);
		assertEquals(HOUSEHOLDS / 3, mine.size());
		JdbcCaseStore store = open();
		store.restrictTo(RegionScope.of(Set.of(desa)));

		List<HouseholdSummary> found = store.find(HouseholdQuery.all());
		assertEquals(mine, found.stream().map(HouseholdSummary::kpmId).toList());
		assertEquals(mine.size(), store.count(HouseholdQuery.all()));
		assertEquals(mine.size(), store.info().households());
		assertEquals(mine.size(), store.statistics().households());
		assertEquals(Set.of(desa), store.statistics().byDesa().keySet());
		List<String> streamed = new ArrayList<>();
		store.forEach(HouseholdQuery.all(), h -> streamed.add(h.getDesaCode()), null);
		assertEquals(mine.size(), streamed.size());
		assertTrue(streamed.stream().allMatch(desa::equals), streamed::toString);
		assertTrue(store.findChildren(ChildQuery.under5In("64.01", today)).stream() //$NON-NLS-1$
				.allMatch(c -> c.desaCode().equals(desa)));

		String theirNik = theirs.getMembers().get(0).getNik();
		assertEquals(0, store.count(HouseholdQuery.all().withText(theirNik)), "a search does not reach another desa"); //$NON-NLS-1$
		assertEquals(0, store.count(HouseholdQuery.all().withDesa(theirs.getDesaCode())));
		assertTrue(store.load(theirs.getKpmId()).isEmpty(), "another desa's household file is not read"); //$NON-NLS-1$
		assertTrue(store.householdOfNik(theirNik).isEmpty());
		assertTrue(store.load(mine.get(0)).isPresent());
		assertThrows(IllegalStateException.class, () -> store.restrictTo(RegionScope.ALL), "never widened"); //$NON-NLS-1$
	}

	@Test
	void kabupatenAndEmptyScopes() {
		filled();
		JdbcCaseStore kabupaten = open();
		kabupaten.restrictTo(RegionScope.of(Set.of("64.01"))); //$NON-NLS-1$
		assertEquals(HOUSEHOLDS, kabupaten.count(HouseholdQuery.all()));
		JdbcCaseStore kecamatan = open();
		String kec = desa(0).substring(0, desa(0).lastIndexOf('.'));
		kecamatan.restrictTo(RegionScope.of(Set.of(kec)));
		assertEquals(households.stream().filter(h -> h.getDesaCode().startsWith(kec + ".")).count(), //$NON-NLS-1$
				kecamatan.count(HouseholdQuery.all()));
		JdbcCaseStore elsewhere = open();
		elsewhere.restrictTo(RegionScope.of(Set.of("64.02", "18"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, elsewhere.count(HouseholdQuery.all()));
		JdbcCaseStore none = open();
		none.restrictTo(RegionScope.of(Set.of()));
		assertEquals(0, none.find(HouseholdQuery.all()).size());
	}

	@Test
	void aSaveOutsideTheScopeIsRefusedAndChangesNothing() {
		JdbcCaseStore all = filled();
		String desa = desa(0);
		String other = households.get(1).getKpmId();
		JdbcCaseStore store = open();
		store.restrictTo(RegionScope.of(Set.of(desa)));

		Household theirs = all.load(other).orElseThrow();
		theirs.setAddress("changed by a stranger"); //$NON-NLS-1$
		assertInstanceOf(SaveResult.Invalid.class, store.save(theirs, "ani", "edit")); //$NON-NLS-1$ //$NON-NLS-2$
		Household mine = store.load(households.get(0).getKpmId()).orElseThrow();
		mine.setDesaCode(desa(1));
		assertInstanceOf(SaveResult.Invalid.class, store.save(mine, "ani", "moved away"), "not moved out of the scope"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(1, all.load(other).orElseThrow().getVersion());
		assertEquals(desa, all.load(mine.getKpmId()).orElseThrow().getDesaCode());
		mine.setDesaCode(desa);
		mine.setAddress("RT 1 / RW 1"); //$NON-NLS-1$
		assertInstanceOf(SaveResult.Saved.class, store.save(mine, "ani", "own desa")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void usersAreKeptWithRolesRegionsAndFailedLogins() {
		JdbcCaseStore store = open();
		assertTrue(store.users().isEmpty());
		String hash = PasswordHash.hash("rahasia-ani".toCharArray()); //$NON-NLS-1$
		assertFalse(hash.contains("rahasia")); //$NON-NLS-1$
		store.users().add(new UserAccount("ani", UserRole.CASE_WORKER, Set.of("64.01.01.2001"), hash, 0, false, //$NON-NLS-1$ //$NON-NLS-2$
				Instant.now()));
		assertThrows(StoreException.class, () -> store.users().add(new UserAccount("ani", UserRole.ADMINISTRATOR, //$NON-NLS-1$
				null, hash, 0, false, Instant.now())));
		UserAccount ani = open().users().find("ani").orElseThrow(); //$NON-NLS-1$
		assertEquals(UserRole.CASE_WORKER, ani.role());
		assertEquals(RegionScope.of(Set.of("64.01.01.2001")), ani.scope()); //$NON-NLS-1$
		assertTrue(PasswordHash.verify("rahasia-ani".toCharArray(), ani.passwordHash())); //$NON-NLS-1$
		assertFalse(PasswordHash.verify("rahasia-budi".toCharArray(), ani.passwordHash())); //$NON-NLS-1$

		store.users().assign("ani", UserRole.DISTRICT_SUPERVISOR, Set.of("64.01")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Set.of("64.01"), store.users().find("ani").orElseThrow().regions()); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 1; i <= UserAccount.LOCK_AFTER; i++) {
			assertEquals(i, store.users().loginFailed("ani")); //$NON-NLS-1$
		}
		assertTrue(store.users().find("ani").orElseThrow().locked()); //$NON-NLS-1$
		store.users().setDisabled("ani", true); //$NON-NLS-1$
		assertTrue(store.users().find("ani").orElseThrow().disabled()); //$NON-NLS-1$
		store.users().setDisabled("ani", false); //$NON-NLS-1$
		UserAccount enabled = store.users().find("ani").orElseThrow(); //$NON-NLS-1$
		assertFalse(enabled.disabled() || enabled.locked(), "enabling unlocks"); //$NON-NLS-1$
		assertThrows(StoreException.class, () -> store.users().setDisabled("nobody", true)); //$NON-NLS-1$
	}

	@Test
	void theAuditTrailHoldsEveryEventAndHistoryOnlyChanges() {
		JdbcCaseStore store = open();
		Household h = fixtures.household(3);
		Instant before = Instant.now().minusSeconds(1);
		store.audit("ani", AuditEvent.LOGIN, null, "login"); //$NON-NLS-1$ //$NON-NLS-2$
		store.save(h, "ani", "registered"); //$NON-NLS-1$ //$NON-NLS-2$
		store.audit("ani", AuditEvent.READ, h.getKpmId(), "household file"); //$NON-NLS-1$ //$NON-NLS-2$
		store.audit("budi", AuditEvent.LOGIN_FAILED, null, "wrong password"); //$NON-NLS-1$ //$NON-NLS-2$

		List<AuditEvent> all = store.auditTrail(AuditQuery.all());
		assertEquals(List.of(AuditEvent.LOGIN, AuditEvent.CHANGE, AuditEvent.READ, AuditEvent.LOGIN_FAILED),
				all.stream().map(AuditEvent::action).toList());
		assertEquals(1, all.get(1).version());
		assertEquals(3, store.auditTrail(new AuditQuery("ani", null, null, Integer.MAX_VALUE)).size()); //$NON-NLS-1$
		assertEquals(2, store.auditTrail(new AuditQuery(null, h.getKpmId(), null, Integer.MAX_VALUE)).size());
		assertEquals(4, store.auditTrail(new AuditQuery(null, null, before, Integer.MAX_VALUE)).size());
		assertEquals(0, store.auditTrail(new AuditQuery(null, null, Instant.now().plusSeconds(60), 10)).size());
		assertEquals(List.of(AuditEvent.LOGIN_FAILED), store.auditTrail(new AuditQuery(null, null, null, 1)).stream()
				.map(AuditEvent::action).toList(), "the newest when limited"); //$NON-NLS-1$
		assertEquals(1, store.history(h.getKpmId()).size(), "a household's history lists its changes"); //$NON-NLS-1$
	}
}
