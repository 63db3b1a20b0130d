package org.harapan.casework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.ChangeResult.Outcome;
import org.harapan.casework.UserSession;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.store.AuditEntry;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Casework through the services SCR registers, on an embedded H2 store. */
class CaseworkTest {

	@TempDir
	Path dir;

	private final LocalDate today = LocalDate.now();
	private CaseworkService caseworks;
	private UserSession session;

	@BeforeEach
	void services() throws Exception {
		caseworks = Services.get(CaseworkService.class);
		session = Services.get(UserSession.class);
	}

	@AfterEach
	void defaultUser() {
		session.setUser(null);
	}

	private Casework open() {
		return caseworks.open(StoreLocation.embedded(dir.resolve("store")), null); //$NON-NLS-1$
	}

	@Test
	void changeAppliesValidatesAndSavesAndRefusesInvalidChangesWithDiagnosticsOnObjectAndField() {
		try (Casework casework = open()) {
			Household h = Households.with(1, today, 77);
			assertEquals(ChangeResult.saved(h.getKpmId(), 1), casework.save(h, "registered")); //$NON-NLS-1$
			ChangeResult moved = casework.change(h.getKpmId(), "moved", x -> x.setAddress("Jl. Baru 1")); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(Outcome.SAVED, moved.outcome());
			assertEquals(2, moved.version());
			assertEquals("Jl. Baru 1", casework.load(h.getKpmId()).orElseThrow().getAddress()); //$NON-NLS-1$
			assertEquals(Outcome.UNCHANGED, casework.change(h.getKpmId(), "again", x -> x.setAddress("Jl. Baru 1")) //$NON-NLS-1$ //$NON-NLS-2$
					.outcome());

			Household[] changed = new Household[1];
			ChangeResult invalid = casework.change(h.getKpmId(), "bad KK", x -> { //$NON-NLS-1$
				x.setNoKK("123"); //$NON-NLS-1$
				x.getMembers().get(1).setNik("6401"); //$NON-NLS-1$
				changed[0] = x;
			});
			assertEquals(Outcome.INVALID, invalid.outcome(), invalid::toString);
			assertEquals(Diagnostic.ERROR, invalid.diagnostic().getSeverity());
			List<Diagnostic> errors = invalid.errors();
			assertTrue(errors.stream().anyMatch(d -> d.getData().get(0) == changed[0]
					&& d.getData().get(1) == HarapanPackage.Literals.HOUSEHOLD__NO_KK), errors::toString);
			assertTrue(errors.stream().anyMatch(d -> d.getData().get(0) == changed[0].getMembers().get(1)
					&& d.getData().get(1) == HarapanPackage.Literals.MEMBER__NIK), errors::toString);
			assertEquals(2, casework.load(h.getKpmId()).orElseThrow().getVersion(), "nothing saved"); //$NON-NLS-1$
			String english = invalid.message("en"); //$NON-NLS-1$
			String indonesian = invalid.message("id"); //$NON-NLS-1$
			assertTrue(english.contains(h.getKpmId()) && english.contains("123"), english); //$NON-NLS-1$
			assertNotEquals(english, indonesian);
			assertTrue(indonesian.contains(h.getKpmId()), indonesian);

			ChangeResult missing = casework.change("KPM-NONE", "x", x -> x.setAddress("y")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(ChangeResult.notFound("KPM-NONE"), missing); //$NON-NLS-1$
			assertTrue(missing.message("id").contains("KPM-NONE")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aNikOfAnotherHouseholdIsRefusedPointingAtTheMember() {
		try (Casework casework = open()) {
			Household first = Households.with(1, today, 77);
			casework.save(first, null);
			Household second = Households.with(2, today, 77);
			second.getMembers().get(1).setNik(first.getMembers().get(1).getNik());
			ChangeResult refused = casework.save(second, null);
			assertEquals(Outcome.INVALID, refused.outcome());
			assertTrue(refused.errors().stream().anyMatch(d -> d.getData().get(0) == second.getMembers().get(1)
					&& d.getData().get(1) == HarapanPackage.Literals.MEMBER__NIK), refused.errors()::toString);
			assertFalse(casework.validate(second).getSeverity() < Diagnostic.ERROR);
			assertTrue(casework.load(second.getKpmId()).isEmpty());
		}
	}

	@Test
	void aConflictingSaveIsRefusedNamingWhoChangedItAndNothingIsMerged() {
		try (Casework ani = open(); Casework budi = open()) {
			Household h = Households.with(3, today, 77);
			session.setUser("importer"); //$NON-NLS-1$
			ani.save(h, "import"); //$NON-NLS-1$
			Household budisCopy = budi.load(h.getKpmId()).orElseThrow();
			session.setUser("ani"); //$NON-NLS-1$
			assertEquals(Outcome.SAVED, ani.change(h.getKpmId(), "address", x -> x.setAddress("by ani")).outcome()); //$NON-NLS-1$ //$NON-NLS-2$
			session.setUser("budi"); //$NON-NLS-1$
			budisCopy.setFacilitator("by budi"); //$NON-NLS-1$
			ChangeResult conflict = budi.save(budisCopy, "facilitator"); //$NON-NLS-1$
			assertEquals(Outcome.CONFLICT, conflict.outcome());
			assertEquals("ani", conflict.changedBy()); //$NON-NLS-1$
			assertNotNull(conflict.changedAt());
			assertEquals(2, conflict.version());
			assertTrue(conflict.message("en").contains("ani"), conflict.message("en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Household stored = budi.load(h.getKpmId()).orElseThrow();
			assertEquals("by ani", stored.getAddress()); //$NON-NLS-1$
			assertEquals("pendamping.6401.01", stored.getFacilitator(), "nothing merged"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void theUserOfTheSessionIsRecordedInTheAuditTrail() {
		try (Casework casework = open()) {
			Household h = Households.with(4, today, 77);
			session.setUser("siti.pendamping"); //$NON-NLS-1$
			assertEquals("siti.pendamping", casework.user()); //$NON-NLS-1$
			casework.save(h, "registered"); //$NON-NLS-1$
			session.setUser(null);
			casework.change(h.getKpmId(), "moved", x -> x.setAddress("elsewhere")); //$NON-NLS-1$ //$NON-NLS-2$
			List<AuditEntry> history = casework.history(h.getKpmId());
			assertEquals(List.of("siti.pendamping", UserSession.DEFAULT_USER), //$NON-NLS-1$
					history.stream().map(AuditEntry::user).toList());
			assertEquals(List.of("registered", "moved"), history.stream().map(AuditEntry::change).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void bulkSavesReportInvalidHouseholdsWithDiagnostics() {
		try (Casework casework = open()) {
			Household good = Households.with(5, today, 77);
			Household bad = Households.with(6, today, 77);
			bad.setDesaCode("64.01.99.9999"); //$NON-NLS-1$
			var result = casework.saveAll(List.of(good, bad).iterator(), "import", null); //$NON-NLS-1$
			assertEquals(1, result.inserted());
			assertEquals(1, result.rejected().size());
			ChangeResult rejected = result.rejected().get(0);
			assertEquals(bad.getKpmId(), rejected.kpmId());
			assertTrue(rejected.errors().stream().anyMatch(d -> d.getData().get(0) == bad
					&& d.getData().get(1) == HarapanPackage.Literals.HOUSEHOLD__DESA_CODE), rejected::toString);
			assertSame(Outcome.INVALID, rejected.outcome());
			assertTrue(result.messages("en").get(0).contains("64.01.99.9999"), result.messages("en")::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
