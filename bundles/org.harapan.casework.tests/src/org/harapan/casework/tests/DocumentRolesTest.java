package org.harapan.casework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.harapan.casework.AccessDeniedException;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.UserSession;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.DocumentOutcome;
import org.harapan.casework.documents.ProgrammeDocumentKind;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.ProgrammeFactory;
import org.harapan.programme.ProgrammeKind;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.harapan.store.DocumentAudit;
import org.harapan.store.DocumentInfo;
import org.harapan.store.DocumentState;
import org.harapan.store.StoreLocation;
import org.harapan.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles on the documents of a store (programmes here; curricula go through the same casework documents): every
 * logged-in role reads them, only a programme designer or an administrator saves drafts, starts new versions,
 * imports and publishes; others are refused with the reason in English and Bahasa Indonesia, audited, and nothing
 * is stored. The product's own documents are stored on first use whatever the role, as {@code system}. Regional IT
 * installs rule sets, a case worker does not (refused and audited).
 */
class DocumentRolesTest {

	private static final char[] PASSWORD = "rahasia-dokumen-1".toCharArray(); //$NON-NLS-1$
	private static final String ID = "bansos.uji"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private CaseworkService caseworks;
	private UserSession session;
	private StoreLocation location;

	@BeforeEach
	void storeWithUsers() throws Exception {
		caseworks = Services.get(CaseworkService.class);
		session = Services.get(UserSession.class);
		location = StoreLocation.embedded(dir.resolve("store")); //$NON-NLS-1$
		session.setUser("admin"); //$NON-NLS-1$
		try (Casework single = caseworks.open(location, null)) {
			single.users().add("admin", UserRole.ADMINISTRATOR, Set.of(), PASSWORD); //$NON-NLS-1$
			single.users().add("ani", UserRole.CASE_WORKER, Set.of(Households.DESA), PASSWORD); //$NON-NLS-1$
			single.users().add("dewi", UserRole.PROGRAMME_DESIGNER, Set.of(), PASSWORD); //$NON-NLS-1$
			single.users().add("iwan", UserRole.REGIONAL_IT, Set.of("64.01"), PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@AfterEach
	void defaultSession() {
		session.setUser(null);
		session.setPasswordSource(null);
	}

	private Casework login(String user) {
		session.setUser(user);
		session.setPasswordSource(u -> PASSWORD.clone());
		return caseworks.open(location, null);
	}

	private static DocumentLibrary<Programme> programmes(Casework casework) {
		return new DocumentLibrary<>(casework.documents(), new ProgrammeDocumentKind(), casework::user);
	}

	@Test
	void onlyADesignerOrAnAdministratorStoresAndPublishesDocuments() throws Exception {
		Path file = dir.resolve("bansos.programme"); //$NON-NLS-1$
		try (Casework dewi = login("dewi")) { //$NON-NLS-1$
			DocumentLibrary<Programme> library = programmes(dewi);
			assertTrue(library.saveDraft(programme(), 1, "first draft").isStored()); //$NON-NLS-1$
			assertTrue(library.publish(ID, 1, LocalDate.of(2027, 1, 1)).isStored());
			assertTrue(library.newVersion(ID).isStored());
			library.export(ID, 2, file);
		}
		for (String user : List.of("ani", "iwan")) { //$NON-NLS-1$ //$NON-NLS-2$
			try (Casework reader = login(user)) {
				DocumentLibrary<Programme> library = programmes(reader);
				assertEquals(List.of(1, 2), library.versions(ID).stream().map(DocumentInfo::version).toList(),
						"every role reads the documents"); //$NON-NLS-1$
				assertEquals("Bansos uji", library.latest(ID).orElseThrow().document().getTitle()); //$NON-NLS-1$
				assertRefused(library.newVersion(ID), user);
				assertRefused(library.saveDraft(library.load(ID, 2).orElseThrow().document(), 2, "edit"), user); //$NON-NLS-1$
				assertRefused(library.publish(ID, 2, LocalDate.of(2028, 1, 1)), user);
				Programme other = programme();
				other.setId("bansos.lain"); //$NON-NLS-1$
				assertRefused(library.saveDraft(other, 1, "new"), user); //$NON-NLS-1$
				assertFalse(reader.documents().saveDraft(library.versions(ID).get(1), new byte[] { 1 }, "dewi", "behind") //$NON-NLS-1$ //$NON-NLS-2$
						.isWritten(), "the store the session hands out refuses too"); //$NON-NLS-1$
			}
		}
		try (Casework admin = login("admin")) { //$NON-NLS-1$
			DocumentLibrary<Programme> library = programmes(admin);
			assertEquals(List.of(DocumentState.PUBLISHED, DocumentState.DRAFT),
					library.versions(ID).stream().map(DocumentInfo::state).toList(), "nothing stored by the refusals"); //$NON-NLS-1$
			assertTrue(library.versions("bansos.lain").isEmpty()); //$NON-NLS-1$
			assertTrue(library.publish(ID, 2, LocalDate.of(2028, 1, 1)).isStored(), "an administrator publishes"); //$NON-NLS-1$
			assertEquals(List.of("dewi", "dewi", "dewi", "admin"), library.store().history("programme", ID).stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.map(DocumentAudit::user).toList());
			List<AuditEvent> refused = admin.auditTrail(AuditQuery.all()).stream()
					.filter(e -> e.action().equals(AuditEvent.REFUSED)).toList();
			assertEquals(10, refused.size(), refused::toString);
			assertTrue(refused.get(0).user().equals("ani") && refused.get(0).detail() //$NON-NLS-1$
					.contains("programme bansos.uji version 3: only a programme designer or an administrator"), //$NON-NLS-1$
					refused.get(0).detail());
		}
		try (Casework ani = login("ani")) { //$NON-NLS-1$
			assertRefused(programmes(ani).importFile(file), "ani"); //$NON-NLS-1$
		}
	}

	@Test
	void theProductsOwnDocumentsAreStoredOnFirstUseWhateverTheRoleAsSystem() throws Exception {
		try (Casework ani = login("ani")) { //$NON-NLS-1$
			DocumentLibrary<Programme> shipped = new DocumentLibrary<>(ani.shippedDocuments(), new ProgrammeDocumentKind(),
					() -> Casework.SYSTEM_USER);
			DocumentOutcome<Programme> stored = shipped.saveDraft(programme(), 1, "shipped with the product"); //$NON-NLS-1$
			assertTrue(stored.isStored(), stored::refusal);
			assertTrue(shipped.publish(ID, 1, LocalDate.of(2026, 1, 1)).isStored());
			DocumentInfo v1 = ani.documents().versions("programme", ID).get(0); //$NON-NLS-1$
			assertEquals(List.of(Casework.SYSTEM_USER, Casework.SYSTEM_USER), List.of(v1.savedBy(), v1.publishedBy()));
			assertEquals("shipped with the product (first use of the store by ani)", //$NON-NLS-1$
					ani.documents().history("programme", ID).get(0).change()); //$NON-NLS-1$
			assertRefused(shipped.newVersion(ID), "ani"); //$NON-NLS-1$
			Programme another = programme();
			another.setId("bansos.lain"); //$NON-NLS-1$
			DocumentOutcome<Programme> draft = programmes(ani).saveDraft(another, 1, "not the product's"); //$NON-NLS-1$
			assertRefused(draft, "ani"); //$NON-NLS-1$
		}
	}

	@Test
	void regionalItInstallsRuleSetsACaseWorkerIsRefusedAndAudited() {
		try (Casework iwan = login("iwan")) { //$NON-NLS-1$
			iwan.checkRuleSetChange("install org.harapan.feature.region.paser"); //$NON-NLS-1$
		}
		try (Casework ani = login("ani")) { //$NON-NLS-1$
			AccessDeniedException e = assertThrows(AccessDeniedException.class,
					() -> ani.checkRuleSetChange("install org.harapan.feature.region.paser")); //$NON-NLS-1$
			assertTrue(e.refusal().message("id").contains("Hanya TI daerah atau administrator"), e.refusal().message("id")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		try (Casework admin = login("admin")) { //$NON-NLS-1$
			admin.checkRuleSetChange("uninstall org.harapan.feature.region.paser"); //$NON-NLS-1$
			List<AuditEvent> refused = admin.auditTrail(AuditQuery.all()).stream()
					.filter(e -> e.action().equals(AuditEvent.REFUSED)).toList();
			assertEquals(1, refused.size(), refused::toString);
			assertEquals("ani", refused.get(0).user()); //$NON-NLS-1$
			assertEquals("install org.harapan.feature.region.paser: Only regional IT or an administrator installs or " //$NON-NLS-1$
					+ "uninstalls rule sets (ani is case-worker); nothing was changed.", refused.get(0).detail()); //$NON-NLS-1$
		}
	}

	private static void assertRefused(DocumentOutcome<?> outcome, String user) {
		assertFalse(outcome.isStored(), "refused for " + user); //$NON-NLS-1$
		assertTrue(outcome.refusal().contains("(" + user + " "), outcome.refusal()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Programme programme() {
		Programme p = ProgrammeFactory.eINSTANCE.createProgramme();
		p.setId(ID);
		p.setTitle("Bansos uji"); //$NON-NLS-1$
		p.setTitleEn("Test social assistance"); //$NON-NLS-1$
		p.setKind(ProgrammeKind.SUPPLEMENTARY_FEEDING);
		p.setRegionCode("64.01"); //$NON-NLS-1$
		ParameterVersion version = ProgrammeFactory.eINSTANCE.createParameterVersion();
		version.setEffectiveFrom(LocalDate.of(2027, 1, 1));
		p.getVersions().add(version);
		return p;
	}
}
