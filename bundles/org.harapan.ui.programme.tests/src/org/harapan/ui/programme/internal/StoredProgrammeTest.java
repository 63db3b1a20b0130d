package org.harapan.ui.programme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.UserSession;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.Programme;
import org.harapan.programme.ProgrammePackage.Literals;
import org.harapan.store.DocumentInfo;
import org.harapan.store.StoreLocation;
import org.harapan.store.UserRole;
import org.harapan.ui.programme.Formats;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.ProgrammeInput;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The programme editor on the store's document library, in the real workbench: the national programme published
 * as version 1 in a store of its own; new version, raise the early-childhood index, save the draft, publish with an
 * effective date, reopen read-only; the audit trail names the user.
 */
@ExtendWith(ScreenshotOnFailure.class)
class StoredProgrammeTest {

	private StoreLocation location;
	private String user;

	@BeforeEach
	void storeWithThePublishedNationalProgramme() throws Exception {
		Path folder = Files.createTempDirectory("stored-programme"); //$NON-NLS-1$
		location = StoreLocation.embedded(folder.resolve("harapan")); //$NON-NLS-1$
		try (Casework cw = Workbench.service(CaseworkService.class).open(location, new NullProgressMonitor())) {
			DocumentLibrary<Programme> library = StoredProgramme.library(cw);
			assertTrue(library.saveDraft(EcoreUtil.copy(Documents.national()), 1, "shipped").isStored()); //$NON-NLS-1$
			assertTrue(library.publish(Documents.NATIONAL, 1, LocalDate.of(2020, 4, 1)).isStored());
			user = cw.user();
		}
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private ProgrammeEditor open(int version) throws Exception {
		ProgrammeEditor editor = (ProgrammeEditor) Workbench.page()
				.openEditor(ProgrammeInput.stored(location, Documents.NATIONAL, version), ProgrammeEditor.ID);
		Workbench.waitUntil(() -> editor.page() != null && editor.page().tree() != null, "editor open", 30); //$NON-NLS-1$
		return editor;
	}

	private List<DocumentInfo> versions() throws Exception {
		try (Casework cw = Workbench.service(CaseworkService.class).open(location, new NullProgressMonitor())) {
			return StoredProgramme.library(cw).versions(Documents.NATIONAL);
		}
	}

	@Test
	void newVersionChangeSaveDraftPublishReopenReadOnlyWithTheUserInTheHistory() throws Exception {
		ProgrammeEditor v1 = open(1);
		assertTrue(v1.isReadOnly(), "the published version is read-only"); //$NON-NLS-1$
		ComponentBenefit early1 = Documents.earlyChildhood(Documents.latest(v1.programme()));
		v1.select(early1);
		assertFalse(((Text) v1.page().details().field(Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP)).getEditable());
		assertFalse(v1.execute(SetCommand.create(v1.getEditingDomain(), early1,
				Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP, 1)), "no change to a published version"); //$NON-NLS-1$
		assertEquals(3_000_000, early1.getAnnualIndexRp());

		assertTrue(v1.versions().newVersion());
		ProgrammeEditor v2 = (ProgrammeEditor) Workbench.page().getActiveEditor();
		Workbench.waitUntil(() -> v2.page() != null && v2.page().tree() != null, "version 2 open", 30); //$NON-NLS-1$
		assertNotSame(v1, v2);
		assertEquals(2, v2.stored().info().version());
		assertFalse(v2.isReadOnly(), "the new version is a draft"); //$NON-NLS-1$
		ComponentBenefit early = Documents.earlyChildhood(Documents.latest(v2.programme()));
		v2.select(early);
		Documents.type(v2, Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP, Formats.number(3_600_000));
		assertEquals(3_600_000, early.getAnnualIndexRp());
		assertTrue(v2.isDirty());
		Workbench.screenshotMaximized(v2, "programme-stored-draft-" + Workbench.language()); //$NON-NLS-1$
		assertTrue(v2.saveDraft());
		assertFalse(v2.isDirty());

		assertTrue(v2.versions().publish(LocalDate.of(2027, 1, 1)));
		ProgrammeEditor reopened = (ProgrammeEditor) Workbench.page().getActiveEditor();
		Workbench.waitUntil(() -> reopened.page() != null && reopened.page().tree() != null, "reopened", 30); //$NON-NLS-1$
		assertEquals(2, reopened.stored().info().version());
		assertTrue(reopened.isReadOnly(), "published: read-only"); //$NON-NLS-1$
		assertEquals(3_600_000, Documents.earlyChildhood(Documents.latest(reopened.programme())).getAnnualIndexRp(),
				"the saved draft was published"); //$NON-NLS-1$
		Workbench.screenshotMaximized(reopened, "programme-stored-published-" + Workbench.language()); //$NON-NLS-1$

		DocumentInfo published = versions().getLast();
		assertTrue(published.isPublished());
		assertEquals(LocalDate.of(2027, 1, 1), published.effectiveFrom());
		assertEquals(user, published.publishedBy());
		String history = reopened.versions().history();
		assertEquals(5, history.lines().count(), "1 saved and published, 2 copied, saved and published: " + history); //$NON-NLS-1$
		assertTrue(history.lines().toList().getLast().contains(user), "the user who published: " + history); //$NON-NLS-1$
	}

	@Test
	void aCaseWorkerReadsTheProgrammeButANewVersionIsRefusedWithAMessage() throws Exception {
		char[] password = "rahasia-program-1".toCharArray(); //$NON-NLS-1$
		try (Casework cw = Workbench.service(CaseworkService.class).open(location, new NullProgressMonitor())) {
			cw.users().add("admin", UserRole.ADMINISTRATOR, Set.of(), password); //$NON-NLS-1$
			cw.users().add("ani", UserRole.CASE_WORKER, Set.of("64.01.05.2005"), password); //$NON-NLS-1$ //$NON-NLS-2$
		}
		UserSession session = Workbench.service(UserSession.class);
		session.setUser("ani"); //$NON-NLS-1$
		session.setPasswordSource(u -> password.clone());
		try {
			ProgrammeEditor v1 = open(1);
			assertEquals(Documents.NATIONAL, v1.programme().getId(), "a case worker reads the programme"); //$NON-NLS-1$
			assertFalse(v1.versions().newVersion());
			Workbench.waitUntil(() -> shellSaying("(ani ") != null, "the refusal shown", 10); //$NON-NLS-1$
			Shell message = shellSaying("(ani "); //$NON-NLS-1$
			Workbench.screenshot("programme-refused-" + Workbench.language()); //$NON-NLS-1$
			message.close();
			assertEquals(1, versions().size(), "nothing stored"); //$NON-NLS-1$
		} finally {
			session.setUser(null);
			session.setPasswordSource(null);
		}
	}

	/** The open shell (a message) with a label whose text contains {@code text}, or null. */
	private static Shell shellSaying(String text) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible() && says(shell, text)) {
				return shell;
			}
		}
		return null;
	}

	private static boolean says(Control control, String text) {
		if (control instanceof Label label && label.getText().contains(text)) {
			return true;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				if (says(child, text)) {
					return true;
				}
			}
		}
		return false;
	}
}
