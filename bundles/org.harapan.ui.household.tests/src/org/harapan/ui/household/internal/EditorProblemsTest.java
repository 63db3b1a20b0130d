package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.store.HouseholdQuery;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.household.HouseholdEditorInput;
import org.harapan.ui.household.HouseholdUi;
import org.harapan.ui.household.internal.editor.FilePages;
import org.harapan.ui.household.internal.editor.ListPage;
import org.harapan.ui.household.internal.editor.ProblemList;
import org.harapan.ui.household.internal.editor.ValueLabels;
import org.harapan.ui.household.internal.editor.Values;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input in the household file: a text that is not a date stays a problem at its field; a save that casework refuses
 * (a NIK of five digits) saves nothing, marks the field (colour, error sign, tooltip) and lists the problem on the page.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EditorProblemsTest {

	@Test
	void problemsAreShownAtTheFieldAndListedAndNothingIsSaved() throws Exception {
		UiWait.until(CaseStoreJobs::isDone, 300, () -> "the demo store"); //$NON-NLS-1$
		String kpmId = CaseworkSession.get(new NullProgressMonitor()).find(HouseholdQuery.all().withPage(150, 1)).get(0)
				.kpmId();
		HouseholdEditor editor = (HouseholdEditor) Workbench.page().openEditor(new HouseholdEditorInput(kpmId, null),
				HouseholdUi.EDITOR);
		try {
			UiWait.until(() -> editor.household() != null, 60, () -> "the household file"); //$NON-NLS-1$
			editor.showPage(FilePages.MEMBERS);
			ListPage.Shown members = editor.pages().members();
			Member first = editor.household().getMembers().get(0);
			Member second = editor.household().getMembers().get(1);
			String nik = first.getNik();
			LocalDate born = second.getBirthDate();

			HouseholdEditorTest.typeInto(members, second, 3, "kemarin"); //$NON-NLS-1$
			assertEquals(born, second.getBirthDate(), "not a date: nothing set"); //$NON-NLS-1$
			assertTrue(editor.file().problems().at(second, Literals.MEMBER__BIRTH_DATE).isPresent());
			HouseholdEditorTest.typeInto(members, second, 3, born.toString());
			assertTrue(editor.file().problems().isEmpty(), "corrected"); //$NON-NLS-1$

			HouseholdEditorTest.typeInto(members, first, 1, "12345"); //$NON-NLS-1$
			assertEquals("12345", first.getNik()); //$NON-NLS-1$
			editor.showPage(FilePages.OVERVIEW);
			PartWidgets.execute(editor, IWorkbenchCommandConstants.FILE_SAVE);

			assertTrue(editor.isDirty(), "refused: still to save"); //$NON-NLS-1$
			assertEquals(FilePages.MEMBERS, editor.activePage(), "the page of the first problem"); //$NON-NLS-1$
			assertTrue(editor.file().problems().at(first, Literals.MEMBER__NIK).isPresent());
			List<String> listed = ProblemList.lines(editor.file());
			assertTrue(listed.stream().anyMatch(l -> l.contains(Values.name(Literals.MEMBER__NIK))), listed.toString());
			Table table = members.viewer().getTable();
			assertEquals(ValueLabels.PROBLEM, table.getItem(0).getBackground(1), "the NIK cell is marked"); //$NON-NLS-1$
			assertNull(table.getItem(0).getImage(0), "only the field at fault"); //$NON-NLS-1$
			members.viewer().setSelection(StructuredSelection.EMPTY);
			Workbench.screenshotMaximized(editor, "household-editor-problems-" + Workbench.language()); //$NON-NLS-1$
			try (Casework fresh = Workbench.service(CaseworkService.class).openDefault(new NullProgressMonitor())) {
				assertEquals(nik, fresh.load(kpmId).orElseThrow().getMembers().get(0).getNik(), "nothing saved"); //$NON-NLS-1$
			}

			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_UNDO);
			assertEquals(nik, first.getNik());
			assertFalse(editor.isDirty());
		} finally {
			Workbench.page().closeEditor(editor, false);
		}
	}

	@Test
	void aBadValueIsAProblemWhileEditingBeforeAnySaveAndGoesWhenCorrected() throws Exception {
		UiWait.until(CaseStoreJobs::isDone, 300, () -> "the demo store"); //$NON-NLS-1$
		Casework session = CaseworkSession.get(new NullProgressMonitor());
		String kpmId = session.find(HouseholdQuery.all().withPage(155, 1)).get(0).kpmId();
		String elsewhere = session.find(HouseholdQuery.all().withPage(156, 1)).get(0).kpmId();
		String takenNik = session.load(elsewhere).orElseThrow().getMembers().get(0).getNik();
		HouseholdEditor editor = (HouseholdEditor) Workbench.page().openEditor(new HouseholdEditorInput(kpmId, null),
				HouseholdUi.EDITOR);
		try {
			UiWait.until(() -> editor.household() != null && !editor.validation().isBusy(), 60,
					() -> "the household file, checked"); //$NON-NLS-1$
			assertTrue(editor.file().problems().isEmpty(), "a stored household has no problem"); //$NON-NLS-1$
			editor.showPage(FilePages.MEMBERS);
			ListPage.Shown members = editor.pages().members();
			Member first = editor.household().getMembers().get(0);
			String nik = first.getNik();

			HouseholdEditorTest.typeInto(members, first, 1, "12345"); //$NON-NLS-1$
			UiWait.until(() -> editor.file().problems().at(first, Literals.MEMBER__NIK).isPresent(), 30,
					() -> "the NIK marked while editing"); //$NON-NLS-1$
			assertTrue(editor.isDirty(), "not saved: nothing asked to save"); //$NON-NLS-1$
			List<String> listed = ProblemList.lines(editor.file());
			assertTrue(listed.stream().anyMatch(l -> l.contains(Values.name(Literals.MEMBER__NIK))), listed.toString());
			Table table = members.viewer().getTable();
			assertEquals(ValueLabels.PROBLEM, table.getItem(0).getBackground(1), "the NIK cell is marked"); //$NON-NLS-1$
			members.viewer().setSelection(StructuredSelection.EMPTY);
			Workbench.screenshotMaximized(editor, "household-editor-live-problems-" + Workbench.language()); //$NON-NLS-1$

			HouseholdEditorTest.typeInto(members, first, 1, nik);
			UiWait.until(() -> !editor.validation().isBusy(), 30, () -> "the check of the correction"); //$NON-NLS-1$
			assertTrue(editor.file().problems().isEmpty(), ProblemList.lines(editor.file()).toString());
			assertNotEquals(ValueLabels.PROBLEM, table.getItem(0).getBackground(1), "the mark is gone"); //$NON-NLS-1$

			// casework's validation, store included: the NIK of a member of another household
			HouseholdEditorTest.typeInto(members, first, 1, takenNik);
			UiWait.until(() -> !editor.validation().isBusy()
					&& editor.file().problems().at(first, Literals.MEMBER__NIK).isPresent(), 30,
					() -> "the NIK registered elsewhere marked"); //$NON-NLS-1$
			assertTrue(editor.file().problems().at(first, Literals.MEMBER__NIK).orElseThrow().contains(elsewhere),
					editor.file().problems().at(first, Literals.MEMBER__NIK).orElseThrow());
			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_UNDO);
			UiWait.until(() -> !editor.validation().isBusy(), 30, () -> "the check after undo"); //$NON-NLS-1$
			assertEquals(nik, first.getNik());
			assertTrue(editor.file().problems().isEmpty(), ProblemList.lines(editor.file()).toString());
		} finally {
			Workbench.page().closeEditor(editor, false);
		}
	}

	@Test
	void removingAMemberRemovesItFromTheRecordsNamingItAndUndoBringsBothBack() throws Exception {
		String kpmId = CaseworkSession.get(new NullProgressMonitor()).find(HouseholdQuery.all().withPage(160, 1)).get(0)
				.kpmId();
		HouseholdEditor editor = (HouseholdEditor) Workbench.page().openEditor(new HouseholdEditorInput(kpmId, null),
				HouseholdUi.EDITOR);
		try {
			UiWait.until(() -> editor.household() != null, 60, () -> "the household file"); //$NON-NLS-1$
			Household h = editor.household();
			Member last = h.getMembers().get(h.getMembers().size() - 1);
			Referral referral = HarapanFactory.eINSTANCE.createReferral();
			referral.setMember(last);
			editor.file().domain().add(h, Literals.HOUSEHOLD__REFERRALS, referral);
			editor.showPage(FilePages.MEMBERS);
			ListPage.Shown members = editor.pages().members();
			members.viewer().setSelection(new StructuredSelection(last));
			Button remove = PartWidgets.in(members.control(), Button.class).stream()
					.filter(b -> org.harapan.ui.household.internal.editor.Messages.Page_Remove.equals(b.getText()))
					.findFirst().orElseThrow();
			remove.notifyListeners(SWT.Selection, new Event());
			assertFalse(h.getMembers().contains(last));
			assertNull(referral.getMember(), "the referral no longer names the removed member"); //$NON-NLS-1$
			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_UNDO);
			assertTrue(h.getMembers().contains(last));
			assertEquals(last, referral.getMember());
		} finally {
			Workbench.page().closeEditor(editor, false);
		}
	}

	@Test
	void everyMessageHasAnIndonesianText() throws Exception {
		for (Class<?> messages : List.of(Messages.class, org.harapan.ui.household.internal.editor.Messages.class)) {
			assertEquals(keys(messages, "messages.properties"), keys(messages, "messages_id.properties"), //$NON-NLS-1$ //$NON-NLS-2$
					messages.getName());
		}
	}

	private static java.util.Set<Object> keys(Class<?> messages, String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = messages.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties.keySet();
	}
}
