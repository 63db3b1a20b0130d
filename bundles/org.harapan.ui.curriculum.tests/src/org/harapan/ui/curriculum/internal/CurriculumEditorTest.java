package org.harapan.ui.curriculum.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.curriculum.CurriculumPackage.Literals;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.Step;
import org.harapan.curriculum.library.CurriculumService;
import org.harapan.store.StoreLocation;
import org.harapan.ui.curriculum.CurriculumEditorInput;
import org.harapan.ui.curriculum.CurriculumUi;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The curriculum editor in the real workbench, on a store of its own holding the shipped national curriculum
 * (version 1, published) and a draft version 2: edit a session title, undo, redo, save, reopen; validation at the
 * field; reordering; read-only published version; compare and publish.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurriculumEditorTest {

	private static StoreLocation location;

	@BeforeAll
	static void storeWithADraft() throws Exception {
		Path folder = Files.createTempDirectory("curriculum-editor"); //$NON-NLS-1$
		location = StoreLocation.embedded(folder.resolve("harapan")); //$NON-NLS-1$
		try (Casework cw = Workbench.service(CaseworkService.class).open(location, new NullProgressMonitor())) {
			Workbench.service(CurriculumService.class).library(cw).newVersion("p2k2"); //$NON-NLS-1$
		}
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private static CurriculumEditor open(int version) throws Exception {
		IEditorPart part = CurriculumUi.open(Workbench.page(), new CurriculumEditorInput(location, "p2k2", version)); //$NON-NLS-1$
		Workbench.waitUntil(() -> true, "the editor", 5); //$NON-NLS-1$
		return (CurriculumEditor) part;
	}

	private static Text select(CurriculumEditor editor, Object element, org.eclipse.emf.ecore.EStructuralFeature feature) {
		editor.outline().viewer().setSelection(new StructuredSelection(element), true);
		Text text = editor.details().field((org.eclipse.emf.ecore.EObject) element, feature);
		assertNotNull(text, "the detail page shows " + feature.getName()); //$NON-NLS-1$
		return text;
	}

	private static void type(Text text, String value) {
		text.setText(value);
		text.notifyListeners(SWT.DefaultSelection, new Event());
	}

	@Test
	@Order(1)
	void editASessionTitleUndoRedoSaveAndReopen() throws Exception {
		CurriculumEditor editor = open(2);
		assertFalse(editor.readOnly());
		Session five = editor.curriculum().getModules().get(1).getSessions().get(0);
		String before = five.getTitle();
		Text title = select(editor, five, Literals.SESSION__TITLE);
		assertEquals(before, title.getText());
		type(title, "Mengelola Uang Keluarga"); //$NON-NLS-1$
		assertEquals("Mengelola Uang Keluarga", five.getTitle()); //$NON-NLS-1$
		assertTrue(editor.isDirty());
		Workbench.screenshotMaximized(editor, "curriculum-editor-" + Workbench.language()); //$NON-NLS-1$

		editor.undoAction().run();
		assertEquals(before, five.getTitle());
		assertEquals(before, title.getText(), "the field shows the undone value"); //$NON-NLS-1$
		assertFalse(editor.isDirty());
		editor.redoAction().run();
		assertEquals("Mengelola Uang Keluarga", title.getText()); //$NON-NLS-1$
		assertTrue(editor.isDirty());
		assertTrue(editor.save());
		assertFalse(editor.isDirty());
		Workbench.page().closeEditor(editor, false);

		CurriculumEditor reopened = open(2);
		assertEquals("Mengelola Uang Keluarga", reopened.curriculum().getModules().get(1).getSessions().get(0).getTitle()); //$NON-NLS-1$
		assertEquals(before, open(1).curriculum().getModules().get(1).getSessions().get(0).getTitle(),
				"version 1 is unchanged"); //$NON-NLS-1$
	}

	@Test
	@Order(2)
	void validationIsShownAtTheFieldAndReorderingIsUndoable() throws Exception {
		CurriculumEditor editor = open(2);
		Session one = editor.curriculum().getModules().get(0).getSessions().get(0);
		Text minutes = select(editor, one, Literals.SESSION__DURATION_MINUTES);
		assertNull(editor.details().problemAt(one, Literals.SESSION__DURATION_MINUTES));
		type(minutes, "100"); //$NON-NLS-1$
		assertNotNull(editor.details().problemAt(one, Literals.SESSION__DURATION_MINUTES),
				"steps adding up to 120 minutes, not 100"); //$NON-NLS-1$
		Workbench.screenshotMaximized(editor, "curriculum-editor-problem-" + Workbench.language()); //$NON-NLS-1$
		editor.undoAction().run();
		assertNull(editor.details().problemAt(one, Literals.SESSION__DURATION_MINUTES));

		Step first = one.getSteps().get(0);
		Step third = one.getSteps().get(2);
		assertTrue(editor.outline().move(third, first));
		assertEquals(third, one.getSteps().get(0));
		editor.undoAction().run();
		assertEquals(first, one.getSteps().get(0));
		assertFalse(editor.isDirty());
	}

	@Test
	@Order(3)
	void aPublishedVersionIsReadOnlyAndADraftIsComparedAndPublished() throws Exception {
		CurriculumEditor v1 = open(1);
		assertTrue(v1.readOnly());
		Session one = v1.curriculum().getModules().get(0).getSessions().get(0);
		assertFalse(select(v1, one, Literals.SESSION__TITLE).getEditable());

		CurriculumEditor v2 = open(2);
		Session seven = v2.curriculum().getModules().get(1).getSessions().get(2);
		type(select(v2, seven, Literals.SESSION__TITLE_EN), "Starting a Small Business"); //$NON-NLS-1$
		assertTrue(v2.save());
		String changes = new VersionActions(v2).changes(1);
		assertTrue(changes.contains("Starting a Small Business"), changes); //$NON-NLS-1$
		assertTrue(new VersionActions(v2).publish(LocalDate.of(2027, 1, 1)));
		CurriculumEditor published = (CurriculumEditor) Workbench.page().getActiveEditor();
		assertEquals(2, published.curriculum().getVersion());
		assertTrue(published.readOnly());
		String publisher = published.info().publishedBy();
		java.util.List<String> history = new VersionActions(published).historyText().lines().toList();
		assertTrue(history.getLast().contains(publisher) && history.getLast().contains("2027-01-01"), //$NON-NLS-1$
				"the history names who published version 2: " + history); //$NON-NLS-1$
	}

	@Test
	@Order(4)
	void theFileMenuOpensTheNationalCurriculumOfTheDefaultStore() throws Exception {
		org.eclipse.ui.handlers.IHandlerService handlers = Workbench.page().getWorkbenchWindow()
				.getService(org.eclipse.ui.handlers.IHandlerService.class);
		handlers.executeCommand("org.harapan.ui.curriculum.openNational", null); //$NON-NLS-1$
		Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof CurriculumEditor, "the editor", 60); //$NON-NLS-1$
		CurriculumEditor editor = (CurriculumEditor) Workbench.page().getActiveEditor();
		assertEquals("p2k2", editor.curriculum().getId()); //$NON-NLS-1$
		assertEquals(14, org.harapan.curriculum.versions.Curricula.deliveryOrder(editor.curriculum()).size());
		assertTrue(editor.readOnly(), "the shipped version is published"); //$NON-NLS-1$
		Workbench.screenshotMaximized(editor, "curriculum-editor-published-" + Workbench.language()); //$NON-NLS-1$
	}
}
