package org.harapan.ui.programme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Text;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentCap;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.ProgrammePackage.Literals;
import org.harapan.programme.Tahap;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.ui.programme.Formats;
import org.harapan.ui.programme.Problem;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Editing a programme document in the form: fields, commands, undo, redo, save, validation at the field. */
@ExtendWith(ScreenshotOnFailure.class)
class ProgrammeEditorTest {

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	private static void type(ProgrammeEditor editor, EStructuralFeature feature, String text) {
		Documents.type(editor, feature, text);
	}

	@Test
	void editIndexUndoRedoSaveAndReopen() throws Exception {
		Path file = Documents.copy(dir);
		ProgrammeEditor editor = Documents.open(file);
		ParameterVersion latest = Documents.latest(editor.programme());
		ComponentBenefit early = Documents.earlyChildhood(latest);
		editor.select(early);
		assertSame(early, editor.page().details().object());
		Text field = (Text) editor.page().details().field(Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP);
		assertEquals(Formats.number(3_000_000), field.getText(), "the index in the locale's format"); //$NON-NLS-1$

		type(editor, Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP, Formats.number(3_600_000));
		assertEquals(3_600_000, early.getAnnualIndexRp());
		assertTrue(editor.isDirty());
		assertTrue(editor.page().tree().getTree().getSelection()[0].getText().contains(Formats.rupiah(3_600_000)),
				"the outline shows the new index"); //$NON-NLS-1$
		Workbench.screenshotMaximized(editor, "programme-editor-" + Workbench.language()); //$NON-NLS-1$

		editor.undo();
		assertEquals(3_000_000, early.getAnnualIndexRp());
		assertEquals(Formats.number(3_000_000), field.getText(), "the field follows the undo"); //$NON-NLS-1$
		assertFalse(editor.isDirty());
		editor.redo();
		assertEquals(3_600_000, early.getAnnualIndexRp());

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertEquals(3_600_000, Documents.earlyChildhood(Documents.latest(ProgrammeDocuments.load(file)))
				.getAnnualIndexRp(), "saved"); //$NON-NLS-1$
		Workbench.page().closeEditor(editor, false);
		ProgrammeEditor again = Documents.open(file);
		assertEquals(3_600_000, Documents.earlyChildhood(Documents.latest(again.programme())).getAnnualIndexRp(),
				"reopened"); //$NON-NLS-1$
	}

	@Test
	void aTextThatIsNotANumberIsMarkedAtTheFieldAndNotSet() throws Exception {
		ProgrammeEditor editor = Documents.open(Documents.copy(dir));
		ComponentBenefit early = Documents.earlyChildhood(Documents.latest(editor.programme()));
		editor.select(early);
		type(editor, Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP, "tiga juta"); //$NON-NLS-1$
		assertEquals(3_000_000, early.getAnnualIndexRp());
		assertFalse(editor.isDirty());
		assertNotNull(editor.page().details().messageAt(Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP));
		assertTrue(editor.page().details().messageAt(Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP).contains("tiga juta")); //$NON-NLS-1$
	}

	@Test
	void negativeAmountsCapsBelowZeroAndOverlappingOrMissingPeriodsAreShownAtTheFieldAndListed() throws Exception {
		ProgrammeEditor editor = Documents.open(Documents.copy(dir));
		assertEquals(List.of(), editor.problems(), "the national document has no problem"); //$NON-NLS-1$
		ParameterVersion latest = Documents.latest(editor.programme());

		ComponentBenefit early = Documents.earlyChildhood(latest);
		editor.select(early);
		type(editor, Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP, "-5"); //$NON-NLS-1$
		assertEquals(-5, early.getAnnualIndexRp());
		assertProblem(editor, early, Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP);
		assertNotNull(editor.page().details().messageAt(Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP), "at the field"); //$NON-NLS-1$
		assertEquals(1, editor.page().problems().table().getItemCount(), "listed"); //$NON-NLS-1$

		ComponentCap cap = latest.getCaps().get(0);
		editor.select(cap);
		type(editor, Literals.COMPONENT_CAP__MAX_COUNT, "-1"); //$NON-NLS-1$
		assertProblem(editor, cap, Literals.COMPONENT_CAP__MAX_COUNT);

		Tahap second = latest.getTahaps().get(1);
		editor.select(second);
		type(editor, Literals.TAHAP__FIRST_MONTH, "3"); // March is also in tahap 1 //$NON-NLS-1$
		assertProblem(editor, second, Literals.TAHAP__FIRST_MONTH);
		assertEquals(3, editor.page().problems().table().getItemCount());
		Workbench.screenshotMaximized(editor, "programme-problems-" + Workbench.language()); //$NON-NLS-1$

		editor.undo();
		editor.undo();
		editor.undo();
		assertEquals(List.of(), editor.problems(), "undone"); //$NON-NLS-1$
		editor.select(early);
		assertNull(editor.page().details().messageAt(Literals.COMPONENT_BENEFIT__ANNUAL_INDEX_RP));

		assertTrue(ProgrammeTree.remove(editor, List.of(latest.getTahaps().get(3))), "remove tahap 4"); //$NON-NLS-1$
		assertProblem(editor, latest, Literals.PARAMETER_VERSION__TAHAPS); // October-December missing
		editor.undo();
		editor.select(latest);
		type(editor, Literals.PARAMETER_VERSION__EFFECTIVE_FROM, "2020-01-01"); //$NON-NLS-1$
		assertProblem(editor, latest, Literals.PARAMETER_VERSION__EFFECTIVE_FROM); // as the version before it
	}

	@Test
	void addingAComponentIsACommandThatUndoes() throws Exception {
		ProgrammeEditor editor = Documents.open(Documents.copy(dir));
		ParameterVersion latest = Documents.latest(editor.programme());
		int before = latest.getComponents().size();
		List<Action> add = ProgrammeTree.addActions(editor, latest);
		Action component = add.stream().filter(a -> a.getText().startsWith(
				org.harapan.ui.programme.ProgrammeLabels.type(org.harapan.programme.ProgrammeFactory.eINSTANCE
						.createComponentBenefit()))).findFirst().orElseThrow();
		component.run();
		assertEquals(before + 1, latest.getComponents().size());
		assertTrue(editor.isDirty());
		editor.undo();
		assertEquals(before, latest.getComponents().size());
	}

	@Test
	void thePropertiesViewSetsValuesThroughTheCommandStack() throws Exception {
		ProgrammeEditor editor = Documents.open(Documents.copy(dir));
		ComponentCap cap = Documents.latest(editor.programme()).getCaps().get(0);
		org.eclipse.ui.views.properties.IPropertySource source = ItemPropertySource.provider(editor.adapters())
				.getPropertySource(cap);
		org.eclipse.ui.views.properties.IPropertyDescriptor count = java.util.Arrays
				.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals(org.harapan.ui.programme.ProgrammeLabels
						.feature(Literals.COMPONENT_CAP__MAX_COUNT)))
				.findFirst().orElseThrow();
		assertEquals("2", source.getPropertyValue(count.getId())); //$NON-NLS-1$
		source.setPropertyValue(count.getId(), "3"); //$NON-NLS-1$
		assertEquals(3, cap.getMaxCount());
		assertTrue(editor.isDirty());
		editor.undo();
		assertEquals(2, cap.getMaxCount());
	}

	private static void assertProblem(ProgrammeEditor editor, Object object, EStructuralFeature feature) {
		for (Problem p : editor.problems()) {
			if (p.object() == object && p.feature() == feature) {
				return;
			}
		}
		throw new AssertionError("no problem at " + feature.getName() + " of " + object + ": " + editor.problems()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
