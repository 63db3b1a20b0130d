package org.harapan.ui.casework.p2k2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.harapan.casework.Casework;
import org.harapan.casework.p2k2.SessionAttendance;
import org.harapan.model.Attendance;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.Household;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.Perspectives;
import org.harapan.ui.casework.MonthlyWorkTest;
import org.harapan.ui.casework.P2k2Fixture;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;

/** The P2K2 session sheet in the running workbench: mark attendance, save through casework, read it back. */
class P2k2SheetViewTest extends MonthlyWorkTest {

	@Test
	void marksAttendanceSavesItAndShowsItAgain() throws Exception {
		P2k2Fixture fixture = group();
		IWorkbenchPage page = Workbench.page();
		assertEquals(Perspectives.CASE_WORKER, page.getPerspective().getId());
		P2k2SheetView view = (P2k2SheetView) page.showView(P2k2SheetView.ID);
		view.setStore(fixture.location());
		Workbench.waitUntil(() -> !view.isBusy() && view.groupCount() == 1, "the group of the working region", 90); //$NON-NLS-1$
		LocalDate day = LocalDate.now().minusDays(3);
		view.choose(P2k2Fixture.GROUP, 5, day);
		waitForSheet(view, day);
		assertEquals(3, view.sheet().rows().size());
		assertFalse(view.sheet().isRecorded());
		assertTrue(view.materialText().contains("Mengelola Keuangan Keluarga"), view.materialText()); //$NON-NLS-1$

		List<SheetRow> rows = view.sheet().rows();
		rows.get(1).setStatus(AttendanceStatus.ABSENT);
		rows.get(2).setStatus(AttendanceStatus.EXCUSED);
		view.table().refresh();
		view.save();
		assertTrue(view.headerText().contains(rows.get(2).kpmId()), "an excused KPM needs a reason: " //$NON-NLS-1$
				+ view.headerText());
		rows.get(2).setReason("sakit (ill)"); //$NON-NLS-1$
		view.save();
		Workbench.waitUntil(() -> !view.isBusy() && view.sheet() != null && view.sheet().isRecorded(),
				"saved and read again", 60); //$NON-NLS-1$
		assertTrue(view.headerText().contains(Workbench.language().equals("id") ? "3 keluarga berubah" //$NON-NLS-1$ //$NON-NLS-2$
				: "3 households changed"), view.headerText()); //$NON-NLS-1$

		try (Casework cw = casework.open(fixture.location(), new NullProgressMonitor())) {
			Household absent = cw.load(rows.get(1).kpmId()).orElseThrow();
			Household excused = cw.load(rows.get(2).kpmId()).orElseThrow();
			assertEquals(AttendanceStatus.ABSENT,
					SessionAttendance.status(absent, P2k2Fixture.GROUP, 5, day).orElseThrow());
			assertEquals(AttendanceStatus.EXCUSED,
					SessionAttendance.status(excused, P2k2Fixture.GROUP, 5, day).orElseThrow());
			assertEquals("sakit (ill)", SessionAttendance.reason(excused, P2k2Fixture.GROUP, 5, day)); //$NON-NLS-1$
			Attendance attendance = excused.getAttendances().stream()
					.filter(a -> a.getSessionNumber() == 5 && day.equals(a.getSessionDate())).findFirst().orElseThrow();
			assertEquals("sakit (ill)", attendance.getReason(), "the reason is the attendance's"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(excused.getEvents().stream().noneMatch(e -> "sakit (ill)".equals(e.getText())), //$NON-NLS-1$
					"not a case-event note any more"); //$NON-NLS-1$
		}

		// another session shows nothing recorded; back to session 5 shows what was saved, in the table too
		view.choose(P2k2Fixture.GROUP, 6, day);
		Workbench.waitUntil(() -> !view.isBusy() && view.sheet() != null && view.sheet().key().session() == 6,
				"session 6", 60); //$NON-NLS-1$
		assertFalse(view.sheet().isRecorded());
		view.choose(P2k2Fixture.GROUP, 5, day);
		Workbench.waitUntil(() -> !view.isBusy() && view.sheet() != null && view.sheet().key().session() == 5,
				"session 5 again", 60); //$NON-NLS-1$
		List<SheetRow> again = view.sheet().rows();
		assertEquals(AttendanceStatus.PRESENT, again.get(0).storedStatus());
		assertEquals(AttendanceStatus.ABSENT, again.get(1).storedStatus());
		assertEquals(AttendanceStatus.EXCUSED, again.get(2).storedStatus());
		assertEquals("sakit (ill)", again.get(2).reason()); //$NON-NLS-1$
		assertFalse(view.sheet().isDirty());
		TableItem excusedItem = view.table().viewer().getTable().getItem(2);
		assertEquals(SheetTable.label(AttendanceStatus.EXCUSED), excusedItem.getText(2));
		assertEquals("sakit (ill)", excusedItem.getText(3)); //$NON-NLS-1$

		Workbench.screenshotMaximized(view, "p2k2-sheet-" + Workbench.language()); //$NON-NLS-1$
		// the Case worker perspective once the demo kabupaten is in the store: the caseload of desa Rangan beside
		Workbench.waitUntil(CaseStoreJobs::isDone, "the demo kabupaten of the first start", 600); //$NON-NLS-1$
		long settled = System.nanoTime() + 2_000_000_000L;
		Workbench.waitUntil(() -> System.nanoTime() > settled, "the caseload to show the desa", 5); //$NON-NLS-1$
		page.getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		page.activate(view);
		Workbench.screenshot("caseworker-p2k2-" + Workbench.language()); //$NON-NLS-1$
	}

	@Test
	void everySessionOfTheNationalCurriculumHasItsMaterial() throws Exception {
		SessionMaterial material = SessionMaterial.load();
		assertEquals(22, material.sessions(), "14 sessions and the 8 of the stunting module"); //$NON-NLS-1$
		for (int n = 1; n <= 22; n++) {
			assertTrue(material.title(n).contains(String.valueOf(n)), material.title(n));
			assertFalse(material.details(n).isBlank(), "objectives and materials of session " + n); //$NON-NLS-1$
		}
		assertTrue(material.title(7).contains("Memulai Usaha"), material.title(7)); //$NON-NLS-1$
		assertTrue(material.title(15).contains("Stunting"), material.title(15)); //$NON-NLS-1$
		assertEquals("", material.details(23)); //$NON-NLS-1$
		assertTrue(SessionMaterial.of(null).title(3).endsWith("3"), "without a curriculum: by number"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void waitForSheet(P2k2SheetView view, LocalDate day) throws InterruptedException {
		Workbench.waitUntil(() -> !view.isBusy() && view.sheet() != null && view.sheet().key().date().equals(day)
				&& view.sheet().key().session() == 5, "the sheet of session 5", 90); //$NON-NLS-1$
	}
}
