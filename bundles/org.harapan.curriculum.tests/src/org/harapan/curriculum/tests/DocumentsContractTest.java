package org.harapan.curriculum.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.UserSession;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.DocumentOutcome;
import org.harapan.casework.documents.ProgrammeDocumentKind;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.DocumentStatus;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.curriculum.library.CurriculumLibrary;
import org.harapan.curriculum.library.CurriculumService;
import org.harapan.curriculum.validation.CurriculumValidator;
import org.harapan.curriculum.versions.CurriculumChange;
import org.harapan.curriculum.versions.Curricula;
import org.harapan.curriculum.versions.RegionalVariants;
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

/**
 * Curricula and programmes with their versions in the case store, through casework and the curriculum service: on
 * H2 ({@link H2DocumentsTest}) and PostgreSQL ({@link PostgresDocumentsTest}).
 */
abstract class DocumentsContractTest {

	static final String DESIGNER = "dewi.perancang"; //$NON-NLS-1$

	CaseworkService caseworks;
	CurriculumService curricula;
	UserSession session;

	/** An empty store for this test; {@code n} tells several stores of one test apart. */
	abstract StoreLocation location(int n) throws Exception;

	@BeforeEach
	void services() throws Exception {
		caseworks = Services.get(CaseworkService.class);
		curricula = Services.get(CurriculumService.class);
		session = Services.get(UserSession.class);
		session.setUser(DESIGNER);
	}

	@AfterEach
	void resetUser() {
		session.setUser(null);
		session.setPasswordSource(null);
	}

	Casework open(int n) throws Exception {
		return caseworks.open(location(n), new NullProgressMonitor());
	}

	@Test
	void theShippedCurriculumIsStoredOnceAsPublishedVersionOne() throws Exception {
		try (Casework cw = open(1)) {
			CurriculumLibrary library = curricula.library(cw);
			assertFalse(library.installShipped(), "installed already"); //$NON-NLS-1$
			List<DocumentInfo> versions = library.versions(CurriculumDocuments.NATIONAL_ID);
			assertEquals(1, versions.size());
			DocumentInfo v1 = versions.get(0);
			assertEquals(DocumentState.PUBLISHED, v1.state());
			assertEquals(LocalDate.of(2018, 1, 1), v1.effectiveFrom());
			assertEquals(List.of(Casework.SYSTEM_USER, Casework.SYSTEM_USER), List.of(v1.savedBy(), v1.publishedBy()),
					"the product's own data"); //$NON-NLS-1$
			Curriculum stored = library.load(CurriculumDocuments.NATIONAL_ID, 1).orElseThrow().document();
			assertEquals(14, Curricula.deliveryOrder(stored).size());
			assertEquals(List.of("saved", "published"), //$NON-NLS-1$ //$NON-NLS-2$
					library.store().history("curriculum", "p2k2").stream().map(DocumentAudit::action).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aCaseWorkersFirstUseStoresTheShippedCurriculumAsSystemButTheyChangeNoCurriculum() throws Exception {
		char[] password = "rahasia-kurikulum-1".toCharArray(); //$NON-NLS-1$
		try (Casework single = open(1)) {
			single.users().add("admin", UserRole.ADMINISTRATOR, Set.of(), password); //$NON-NLS-1$
			single.users().add("ani", UserRole.CASE_WORKER, Set.of("64.01.05.2005"), password); //$NON-NLS-1$ //$NON-NLS-2$
		}
		session.setPasswordSource(u -> password.clone());
		session.setUser("ani"); //$NON-NLS-1$
		try (Casework ani = open(1)) {
			CurriculumLibrary library = curricula.library(ani);
			DocumentInfo v1 = library.versions(CurriculumDocuments.NATIONAL_ID).get(0);
			assertEquals(List.of(DocumentState.PUBLISHED, Casework.SYSTEM_USER, Casework.SYSTEM_USER),
					List.of(v1.state(), v1.savedBy(), v1.publishedBy()));
			DocumentOutcome<Curriculum> refused = library.newVersion(CurriculumDocuments.NATIONAL_ID);
			assertFalse(refused.isStored());
			assertTrue(refused.refusal().contains("curriculum p2k2") && refused.refusal().contains("(ani "), //$NON-NLS-1$ //$NON-NLS-2$
					refused.refusal());
			assertEquals(1, library.versions(CurriculumDocuments.NATIONAL_ID).size());
		}
		session.setUser("admin"); //$NON-NLS-1$
		try (Casework admin = open(1)) {
			List<AuditEvent> trail = admin.auditTrail(new AuditQuery("ani", null, null, 100)); //$NON-NLS-1$
			assertTrue(trail.stream().anyMatch(e -> e.action().equals(AuditEvent.REFUSED)
					&& e.detail().startsWith("curriculum p2k2 version 2: only a programme designer")), trail::toString); //$NON-NLS-1$
		}
	}

	@Test
	void aPublishedVersionIsReadOnlyAndANewVersionComparesAgainstIt() throws Exception {
		try (Casework cw = open(1)) {
			CurriculumLibrary library = curricula.library(cw);
			Curriculum v1 = library.load("p2k2", 1).orElseThrow().document(); //$NON-NLS-1$
			v1.getModules().get(0).getSessions().get(0).setTitle("Menjadi Orangtua Hebat"); //$NON-NLS-1$
			DocumentOutcome<Curriculum> refused = library.saveDraft(v1, "edit"); //$NON-NLS-1$
			assertFalse(refused.isStored());
			NationalCurriculumTest.assertProblem(refused.diagnostic(), CurriculumValidator.PUBLISHED_CHANGED, v1,
					"read-only"); //$NON-NLS-1$
			byte[] bytes = CurriculumDocuments.toBytes(v1);
			DocumentInfo key = library.versions("p2k2").get(0); //$NON-NLS-1$
			assertFalse(library.store().saveDraft(key, bytes, DESIGNER, "behind the library").isWritten()); //$NON-NLS-1$
			assertEquals("Menjadi Orangtua yang Lebih Baik", library.load("p2k2", 1).orElseThrow().document() //$NON-NLS-1$ //$NON-NLS-2$
					.getModules().get(0).getSessions().get(0).getTitle());

			DocumentOutcome<Curriculum> v2 = library.newVersion("p2k2"); //$NON-NLS-1$
			assertTrue(v2.isStored(), v2::refusal);
			assertEquals(2, v2.info().version());
			assertEquals(DocumentState.DRAFT, v2.info().state());
			Curriculum draft = library.load("p2k2", 2).orElseThrow().document(); //$NON-NLS-1$
			assertEquals(DocumentStatus.DRAFT, draft.getStatus());
			draft.getModules().get(0).getSessions().get(0).setTitle("Menjadi Orangtua Hebat"); //$NON-NLS-1$
			assertTrue(library.saveDraft(draft, "retitled session 1").isStored()); //$NON-NLS-1$
			List<CurriculumChange> changes = library.compare("p2k2", 1, 2); //$NON-NLS-1$
			assertEquals(1, changes.size(), changes::toString);
			assertEquals("session 1", changes.get(0).where()); //$NON-NLS-1$
			assertEquals("Menjadi Orangtua Hebat", changes.get(0).after()); //$NON-NLS-1$

			DocumentOutcome<Curriculum> published = library.publish("p2k2", 2, LocalDate.of(2027, 1, 1)); //$NON-NLS-1$
			assertTrue(published.isStored(), published::refusal);
			assertEquals(DESIGNER, published.info().publishedBy());
			assertTrue(library.load("p2k2", 2).orElseThrow().document().getStatus() == DocumentStatus.PUBLISHED); //$NON-NLS-1$
			assertFalse(library.publish("p2k2", 2, LocalDate.of(2027, 2, 1)).isStored()); //$NON-NLS-1$
			DocumentAudit last = library.store().history("curriculum", "p2k2").getLast(); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(List.of(2, "published", DESIGNER), List.of(last.version(), last.action(), last.user())); //$NON-NLS-1$
		}
	}

	@Test
	void aRegionalVariantInTheStoreAddsALocalSessionAndLeavesTheNationalVersionAlone() throws Exception {
		try (Casework cw = open(1)) {
			CurriculumLibrary library = curricula.library(cw);
			byte[] national = library.store().load("curriculum", "p2k2", 1).orElseThrow().content(); //$NON-NLS-1$ //$NON-NLS-2$
			Curriculum variant = RegionalVariants.newVariant(library.load("p2k2", 1).orElseThrow().document(), //$NON-NLS-1$
					"p2k2-musirawas", "16.05"); //$NON-NLS-1$ //$NON-NLS-2$
			Module local = org.harapan.curriculum.CurriculumFactory.eINSTANCE.createModule();
			local.setNumber(2);
			local.setExtendsNational(true);
			local.getSessions().add(VersionsTest.session(15, "Koperasi Kelompok KPM", 120)); //$NON-NLS-1$
			variant.getModules().add(local);
			DocumentOutcome<Curriculum> stored = library.saveDraft(variant, "local session"); //$NON-NLS-1$
			assertTrue(stored.isStored(), () -> stored.refusal() + " " + stored.diagnostic().getChildren()); //$NON-NLS-1$
			assertEquals("p2k2", stored.info().basedOn()); //$NON-NLS-1$
			Curriculum resolved = library.resolved(library.latest("p2k2-musirawas").orElseThrow().document()); //$NON-NLS-1$
			assertEquals(15, Curricula.deliveryOrder(resolved).size());
			assertEquals(4, resolved.getModules().get(1).getSessions().size());
			assertArrayEquals(national, library.store().load("curriculum", "p2k2", 1).orElseThrow().content()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(1, library.versions("p2k2").size()); //$NON-NLS-1$
		}
	}

	@Test
	void documentsGoToFilesAndComeBackIntoAnotherStoreWithTheirVersions(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		Path file = dir.resolve("p2k2-2.curriculum"); //$NON-NLS-1$
		Path programmeFile = dir.resolve("pmt.programme"); //$NON-NLS-1$
		try (Casework cw = open(1)) {
			CurriculumLibrary library = curricula.library(cw);
			library.newVersion("p2k2"); //$NON-NLS-1$
			library.publish("p2k2", 2, LocalDate.of(2027, 7, 1)); //$NON-NLS-1$
			library.export("p2k2", 2, file); //$NON-NLS-1$
			DocumentLibrary<Programme> programmes = new DocumentLibrary<>(cw.documents(), new ProgrammeDocumentKind(), cw::user);
			assertTrue(programmes.saveDraft(programme(), 1, "new").isStored()); //$NON-NLS-1$
			assertTrue(programmes.publish("pmt.test", 1, LocalDate.of(2026, 1, 1)).isStored()); //$NON-NLS-1$
			assertEquals(2, programmes.newVersion("pmt.test").info().version()); //$NON-NLS-1$
			programmes.export("pmt.test", 1, programmeFile); //$NON-NLS-1$
		}
		try (Casework other = open(2)) {
			CurriculumLibrary library = curricula.library(other);
			DocumentOutcome<Curriculum> imported = library.importFile(file);
			assertTrue(imported.isStored(), imported::refusal);
			assertEquals(List.of(2, DocumentState.PUBLISHED, LocalDate.of(2027, 7, 1)),
					List.of(imported.info().version(), imported.info().state(), imported.info().effectiveFrom()));
			assertArrayEquals(Files.readAllBytes(file),
					other.documents().load("curriculum", "p2k2", 2).orElseThrow().content()); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(library.importFile(file).isStored(), "the same file again changes nothing"); //$NON-NLS-1$
			assertEquals(2, library.versions("p2k2").size()); //$NON-NLS-1$
			DocumentLibrary<Programme> programmes = new DocumentLibrary<>(other.documents(), new ProgrammeDocumentKind(),
					other::user);
			DocumentOutcome<Programme> programme = programmes.importFile(programmeFile);
			assertEquals(1, programme.info().version());
			assertEquals(DocumentState.DRAFT, programme.info().state(), "a programme file does not say it is published"); //$NON-NLS-1$
			assertEquals("Rp 500.000 PMT", programmes.latest("pmt.test").orElseThrow().document().getTitle()); //$NON-NLS-1$ //$NON-NLS-2$
			assertNull(programmes.latest("none").orElse(null)); //$NON-NLS-1$
		}
	}

	static Programme programme() {
		Programme p = ProgrammeFactory.eINSTANCE.createProgramme();
		p.setId("pmt.test"); //$NON-NLS-1$
		p.setTitle("Rp 500.000 PMT"); //$NON-NLS-1$
		p.setTitleEn("Rp 500,000 supplementary feeding"); //$NON-NLS-1$
		p.setKind(ProgrammeKind.SUPPLEMENTARY_FEEDING);
		p.setRegionCode("64.01"); //$NON-NLS-1$
		var version = ProgrammeFactory.eINSTANCE.createParameterVersion();
		version.setEffectiveFrom(LocalDate.of(2026, 1, 1));
		p.getVersions().add(version);
		return p;
	}
}
