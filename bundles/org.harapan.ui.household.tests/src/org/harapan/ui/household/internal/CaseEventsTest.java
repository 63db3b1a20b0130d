package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.CaseEvent;
import org.harapan.model.CaseEventKind;
import org.harapan.model.HarapanFactory;
import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.household.HouseholdEditorInput;
import org.harapan.ui.household.HouseholdUi;
import org.harapan.ui.household.internal.editor.CaseEventsPage;
import org.harapan.ui.household.internal.editor.FilePages;
import org.harapan.ui.household.internal.editor.ListPage;
import org.harapan.ui.household.internal.editor.Messages;
import org.harapan.ui.household.internal.editor.RecordPages;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the case worker writes in the household file beyond the tables: a case event (a home visit, a note) with its
 * date, its text changed and removed while unsaved, each an undoable command, saved through casework; and the reason
 * of an excused P2K2 absence on the attendance page.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CaseEventsTest {

	@Test
	void aCaseWorkerAddsAHomeVisitChangesAndRemovesTheirUnsavedEventsAndSavesOne() throws Exception {
		HouseholdEditor editor = open(170);
		try {
			Household h = editor.household();
			editor.showPage(FilePages.EVENTS);
			CaseEventsPage page = editor.pages().events();
			ListPage.Shown list = page.list();
			int before = h.getEvents().size();
			CaseEvent stored = before == 0 ? null : h.getEvents().get(0);
			assertFalse(page.addButton().isEnabled(), "nothing written yet"); //$NON-NLS-1$

			LocalDate yesterday = LocalDate.now().minusDays(1);
			page.write(CaseEventKind.HOME_VISIT, LocalDate.now().plusDays(2), "Anak sehat, imunisasi lengkap"); //$NON-NLS-1$
			assertFalse(page.addButton().isEnabled(), "a date after today"); //$NON-NLS-1$
			assertEquals(Messages.Events_Future, page.message());
			page.write(CaseEventKind.HOME_VISIT, yesterday, "Anak sehat, imunisasi lengkap"); //$NON-NLS-1$
			assertTrue(page.addButton().isEnabled());
			page.addButton().notifyListeners(SWT.Selection, new Event());
			assertEquals(before + 1, h.getEvents().size());
			CaseEvent visit = h.getEvents().get(before);
			assertEquals(CaseEventKind.HOME_VISIT, visit.getKind());
			assertEquals(yesterday, LocalDate.ofInstant(visit.getWhen(), ZoneId.systemDefault()));
			assertEquals(editor.file().user(), visit.getWho());
			assertEquals("Anak sehat, imunisasi lengkap", visit.getText()); //$NON-NLS-1$
			assertTrue(editor.isDirty());

			// their own unsaved event: the text is edited in the table, each change undoable
			int textColumn = RecordPages.EVENTS.columns().indexOf(Literals.CASE_EVENT__TEXT);
			HouseholdEditorTest.typeInto(list, visit, textColumn, "Anak sehat; ibu ikut P2K2"); //$NON-NLS-1$
			assertEquals("Anak sehat; ibu ikut P2K2", visit.getText()); //$NON-NLS-1$
			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_UNDO);
			assertEquals("Anak sehat, imunisasi lengkap", visit.getText()); //$NON-NLS-1$
			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_REDO);
			assertEquals("Anak sehat; ibu ikut P2K2", visit.getText()); //$NON-NLS-1$

			// a note to remove again; the stored events stay as they are
			page.write(CaseEventKind.NOTE, LocalDate.now(), "salah ketik"); //$NON-NLS-1$
			page.addButton().notifyListeners(SWT.Selection, new Event());
			CaseEvent note = h.getEvents().get(before + 1);
			assertEquals(CaseEventKind.NOTE, note.getKind());
			Button remove = removeButton(list);
			if (stored != null) {
				list.viewer().setSelection(new StructuredSelection(stored));
				assertFalse(remove.isEnabled(), "a stored event is not removed"); //$NON-NLS-1$
				assertFalse(canEdit(list, stored, textColumn), "nor edited"); //$NON-NLS-1$
			}
			list.viewer().setSelection(new StructuredSelection(note));
			assertTrue(remove.isEnabled());
			remove.notifyListeners(SWT.Selection, new Event());
			assertFalse(h.getEvents().contains(note));
			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_UNDO);
			assertTrue(h.getEvents().contains(note), "undo brings it back"); //$NON-NLS-1$
			PartWidgets.execute(editor, IWorkbenchCommandConstants.EDIT_REDO);
			assertFalse(h.getEvents().contains(note));
			list.viewer().setSelection(new StructuredSelection(visit));
			Workbench.screenshotMaximized(editor, "household-editor-events-" + Workbench.language()); //$NON-NLS-1$

			PartWidgets.execute(editor, IWorkbenchCommandConstants.FILE_SAVE);
			assertFalse(editor.isDirty(), "saved"); //$NON-NLS-1$
			try (Casework fresh = Workbench.service(CaseworkService.class).openDefault(new NullProgressMonitor())) {
				List<CaseEvent> events = fresh.load(h.getKpmId()).orElseThrow().getEvents();
				assertEquals(before + 1, events.size());
				CaseEvent read = events.get(before);
				assertEquals(CaseEventKind.HOME_VISIT, read.getKind());
				assertEquals("Anak sehat; ibu ikut P2K2", read.getText()); //$NON-NLS-1$
				assertEquals(visit.getWho(), read.getWho());
				assertEquals(visit.getWhen(), read.getWhen());
			}
			list.viewer().setSelection(new StructuredSelection(visit));
			assertFalse(remove.isEnabled(), "once saved it is part of the file"); //$NON-NLS-1$
			assertFalse(canEdit(list, visit, textColumn));
		} finally {
			Workbench.page().closeEditor(editor, false);
		}
	}

	@Test
	void theAttendancePageShowsTheReasonOfAnExcusedAbsence() throws Exception {
		HouseholdEditor editor = open(180);
		try {
			Household h = editor.household();
			Attendance excused = HarapanFactory.eINSTANCE.createAttendance();
			excused.setGroupId(h.getP2k2Group());
			excused.setSessionNumber(4);
			excused.setSessionDate(LocalDate.now().minusDays(10));
			excused.setStatus(AttendanceStatus.EXCUSED);
			excused.setReason("mengantar anak ke Puskesmas"); //$NON-NLS-1$
			editor.file().domain().add(h, Literals.HOUSEHOLD__ATTENDANCES, excused);
			editor.showPage(FilePages.ATTENDANCE);
			ListPage.Shown attendance = editor.pages().attendance();
			int reasonColumn = -1;
			for (int i = 0; i < attendance.viewer().getTable().getColumnCount(); i++) {
				if (attendance.viewer().getTable().getColumn(i).getText()
						.equals(org.harapan.ui.household.internal.editor.Values.name(Literals.ATTENDANCE__REASON))) {
					reasonColumn = i;
				}
			}
			assertNotEquals(-1, reasonColumn, "a reason column"); //$NON-NLS-1$
			org.eclipse.swt.widgets.TableItem item = (org.eclipse.swt.widgets.TableItem) attendance.viewer()
					.testFindItem(excused);
			assertEquals("mengantar anak ke Puskesmas", item.getText(reasonColumn)); //$NON-NLS-1$
			attendance.viewer().setSelection(new StructuredSelection(excused), true);
			Workbench.screenshotMaximized(editor, "household-editor-attendance-" + Workbench.language()); //$NON-NLS-1$
		} finally {
			Workbench.page().closeEditor(editor, false);
		}
	}

	private static HouseholdEditor open(int index) throws Exception {
		UiWait.until(CaseStoreJobs::isDone, 300, () -> "the demo store"); //$NON-NLS-1$
		String kpmId = CaseworkSession.get(new NullProgressMonitor()).find(HouseholdQuery.all().withPage(index, 1))
				.get(0).kpmId();
		HouseholdEditor editor = (HouseholdEditor) Workbench.page().openEditor(new HouseholdEditorInput(kpmId, null),
				HouseholdUi.EDITOR);
		UiWait.until(() -> editor.household() != null, 60, () -> "the household file"); //$NON-NLS-1$
		return editor;
	}

	/** Whether a cell editor opens on {@code column} of {@code record}. */
	private static boolean canEdit(ListPage.Shown list, Object record, int column) {
		list.viewer().editElement(record, column);
		boolean active = list.viewer().isCellEditorActive();
		list.viewer().cancelEditing();
		return active;
	}

	private static Button removeButton(ListPage.Shown list) {
		return PartWidgets.in(list.control(), Button.class).stream()
				.filter(b -> Messages.Page_Remove.equals(b.getText())).findFirst().orElseThrow();
	}
}
