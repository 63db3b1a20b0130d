package org.harapan.casework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.casework.AccessDeniedException;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.ChangeResult.Outcome;
import org.harapan.casework.UserSession;
import org.harapan.casework.decisions.CaseloadEvaluator;
import org.harapan.casework.decisions.DisbursementLine;
import org.harapan.model.Household;
import org.harapan.model.region.RegionDirectory;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.internal.Engine;
import org.harapan.rules.pkh.PkhRuleSet;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.StoreLocation;
import org.harapan.store.UserAccount;
import org.harapan.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users and desa scoping enforced by casework: a case worker assigned to one desa sees only that desa's households
 * (caseload query, search, streams for disbursement and rules) and cannot save another's (refused, audited); wrong
 * passwords lock an account and each failure is audited.
 */
class AccessTest {

	private static final String DESA = Households.DESA;
	private static final char[] ADMIN_PASSWORD = "admin-rahasia-1".toCharArray(); //$NON-NLS-1$
	private static final char[] ANI_PASSWORD = "ani-rahasia-12".toCharArray(); //$NON-NLS-1$

	@TempDir
	Path dir;

	private CaseworkService caseworks;
	private UserSession session;
	private StoreLocation location;
	private final String otherDesa = RegionDirectory.get().desaUnder(Households.KECAMATAN).stream()
			.map(r -> r.code()).filter(c -> !c.equals(DESA)).findFirst().orElseThrow();
	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void storeWithUsers() throws Exception {
		caseworks = Services.get(CaseworkService.class);
		session = Services.get(UserSession.class);
		location = StoreLocation.embedded(dir.resolve("store")); //$NON-NLS-1$
		session.setUser("pemasang"); //$NON-NLS-1$
		try (Casework single = caseworks.open(location, null)) {
			assertTrue(single.access().singleUser(), "a store without users needs no login"); //$NON-NLS-1$
			for (int n = 1; n <= 6; n++) {
				Household h = Households.with(n, today, 77);
				h.setDesaCode(n <= 3 ? DESA : otherDesa);
				assertTrue(single.save(h, "registered").isStored()); //$NON-NLS-1$
			}
			AccessDeniedException first = assertThrows(AccessDeniedException.class,
					() -> single.users().add("ani", UserRole.CASE_WORKER, Set.of(DESA), ANI_PASSWORD)); //$NON-NLS-1$
			assertEquals("firstUserAdmin", first.refusal().key()); //$NON-NLS-1$
			single.users().add("admin", UserRole.ADMINISTRATOR, Set.of(), ADMIN_PASSWORD); //$NON-NLS-1$
			single.users().add("ani", UserRole.CASE_WORKER, Set.of(DESA), ANI_PASSWORD); //$NON-NLS-1$
		}
	}

	@AfterEach
	void defaultSession() {
		session.setUser(null);
		session.setPasswordSource(null);
	}

	private Casework login(String user, char[] password) {
		session.setUser(user);
		session.setPasswordSource(u -> password.clone());
		return caseworks.open(location, null);
	}

	@Test
	void aCaseWorkerSeesAndChangesOnlyTheirDesa() {
		try (Casework ani = login("ani", ANI_PASSWORD)) { //$NON-NLS-1$
			assertEquals(UserRole.CASE_WORKER, ani.access().role());
			List<HouseholdSummary> caseload = ani.find(HouseholdQuery.all());
			assertEquals(List.of("KPM-T-0001", "KPM-T-0002", "KPM-T-0003"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					caseload.stream().map(HouseholdSummary::kpmId).toList());
			assertEquals(3, ani.count(HouseholdQuery.all()));
			assertEquals(0, ani.count(HouseholdQuery.all().withText("KPM-T-0005")), "search"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(1, ani.count(HouseholdQuery.all().withText("KPM-T-0002"))); //$NON-NLS-1$
			assertTrue(ani.load("KPM-T-0005").isEmpty()); //$NON-NLS-1$
			assertTrue(ani.history("KPM-T-0005").isEmpty()); //$NON-NLS-1$

			List<String> streamed = new ArrayList<>();
			ani.forEachHousehold(h -> streamed.add(h.getKpmId()), null);
			assertEquals(3, streamed.size());
			RuleEngine engine = new Engine(List.of(new PkhRuleSet()));
			Period tahap = engine.period(today.getYear(), 1);
			List<String> disbursed = new ArrayList<>();
			new CaseloadEvaluator(engine, (m, ms) -> null, 2).evaluate(ani::forEach, HouseholdQuery.all(),
					tahap.first(), tahap, (h, e) -> disbursed.add(DisbursementLine.of(h, e).desaCode()),
					new NullProgressMonitor());
			assertEquals(List.of(DESA, DESA, DESA), disbursed, "disbursement and rule findings of their desa only"); //$NON-NLS-1$

			ChangeResult changed = ani.change("KPM-T-0005", "edit", h -> h.setAddress("RT 9")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(Outcome.REFUSED, changed.outcome());
			assertTrue(changed.message("en").contains("outside the regions of ani"), changed.message("en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertTrue(changed.message("id").contains("di luar wilayah ani"), changed.message("id")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Household theirs = Households.with(5, today, 77);
			theirs.setDesaCode(DESA);
			theirs.setVersion(1);
			assertEquals(Outcome.REFUSED, ani.save(theirs, "taken over").outcome(), "not moved into the desa"); //$NON-NLS-1$ //$NON-NLS-2$
			Household mine = ani.load("KPM-T-0001").orElseThrow(); //$NON-NLS-1$
			mine.setDesaCode(otherDesa);
			assertEquals(Outcome.REFUSED, ani.save(mine, "moved away").outcome(), "not moved out"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(Outcome.SAVED, ani.change("KPM-T-0001", "visit", h -> h.setAddress("RT 7")).outcome()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertThrows(AccessDeniedException.class, () -> ani.auditTrail(AuditQuery.all()));
			assertThrows(AccessDeniedException.class, () -> ani.users().list());
		}
		try (Casework admin = login("admin", ADMIN_PASSWORD)) { //$NON-NLS-1$
			assertEquals(6, admin.count(HouseholdQuery.all()));
			assertEquals(1, admin.load("KPM-T-0005").orElseThrow().getVersion(), "nothing saved"); //$NON-NLS-1$ //$NON-NLS-2$
			List<AuditEvent> refused = admin.auditTrail(new AuditQuery("ani", null, null, 100)).stream() //$NON-NLS-1$
					.filter(e -> e.action().equals(AuditEvent.REFUSED)).toList();
			assertEquals(List.of("KPM-T-0005", "KPM-T-0005", "KPM-T-0001"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					refused.stream().map(AuditEvent::kpmId).toList());
			List<String> actions = admin.auditTrail(new AuditQuery("ani", "KPM-T-0001", null, 100)).stream() //$NON-NLS-1$ //$NON-NLS-2$
					.map(AuditEvent::action).toList();
			assertTrue(actions.containsAll(List.of(AuditEvent.READ, AuditEvent.REFUSED, AuditEvent.CHANGE)), actions::toString);
		}
	}

	@Test
	void fiveWrongPasswordsLockTheAccountAndEachFailureIsAudited() {
		char[] wrong = "salah-sandi-99".toCharArray(); //$NON-NLS-1$
		for (int i = 1; i <= UserAccount.LOCK_AFTER; i++) {
			AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> login("ani", wrong).close()); //$NON-NLS-1$
			assertEquals(i < UserAccount.LOCK_AFTER ? "loginWrongPassword" : "loginLockedNow", e.refusal().key()); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(e.getMessage().contains(new String(wrong)));
		}
		AccessDeniedException locked = assertThrows(AccessDeniedException.class,
				() -> login("ani", ANI_PASSWORD).close()); //$NON-NLS-1$
		assertEquals("loginLocked", locked.refusal().key()); //$NON-NLS-1$
		assertTrue(locked.refusal().message("id").contains("dikunci"), locked.refusal().message("id")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (Casework admin = login("admin", ADMIN_PASSWORD)) { //$NON-NLS-1$
			List<AuditEvent> failures = admin.auditTrail(new AuditQuery("ani", null, null, 100)).stream() //$NON-NLS-1$
					.filter(e -> e.action().equals(AuditEvent.LOGIN_FAILED)).toList();
			assertEquals(UserAccount.LOCK_AFTER + 1, failures.size(), failures::toString);
			for (int i = 0; i < UserAccount.LOCK_AFTER; i++) {
				assertEquals("wrong password (" + (i + 1) + " of 5)", failures.get(i).detail()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			assertEquals("account locked", failures.get(UserAccount.LOCK_AFTER).detail()); //$NON-NLS-1$
			assertTrue(admin.users().list().stream().anyMatch(u -> u.name().equals("ani") && u.locked())); //$NON-NLS-1$
			admin.users().setDisabled("ani", false); //$NON-NLS-1$
			assertTrue(admin.auditTrail(AuditQuery.all()).stream().anyMatch(e -> e.action().equals(AuditEvent.LOGIN)
					&& e.user().equals("admin"))); //$NON-NLS-1$
		}
		try (Casework ani = login("ani", ANI_PASSWORD)) { //$NON-NLS-1$
			assertEquals(3, ani.count(HouseholdQuery.all()), "unlocked by the administrator"); //$NON-NLS-1$
		}
		assertThrows(AccessDeniedException.class, () -> login("nobody", ANI_PASSWORD).close()); //$NON-NLS-1$
	}
}
