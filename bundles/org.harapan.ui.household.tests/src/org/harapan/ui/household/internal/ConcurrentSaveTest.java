package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.UserSession;
import org.harapan.model.HarapanPackage;
import org.harapan.store.HouseholdQuery;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.household.HouseholdEditorInput;
import org.harapan.ui.household.HouseholdUi;
import org.harapan.ui.household.internal.editor.CompareDialog;
import org.harapan.ui.household.internal.editor.ConflictDialog;
import org.harapan.ui.household.internal.editor.HouseholdDiff;
import org.harapan.ui.household.internal.editor.Values;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two casework sessions on one store file (H2 in automatic mixed mode, as two workbenches would share it): another
 * user saves a household the editor has open; the editor's save is refused, the dialog names who and when, Compare
 * shows both versions' differing field and Reload shows theirs. Nothing is overwritten.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ConcurrentSaveTest {

	private static final String OTHER_USER = "ani.pendamping"; //$NON-NLS-1$
	private static final String ME = "budi.pendamping"; //$NON-NLS-1$

	/** What went wrong while answering a dialog. */
	private static final List<Throwable> failures = new ArrayList<>();

	@Test
	void theSecondSaveOfAHouseholdIsRefusedNamingWhoChangedItAndWhen() throws Exception {
		UiWait.until(CaseStoreJobs::isDone, 300, () -> "the demo store"); //$NON-NLS-1$
		CaseworkService service = Workbench.service(CaseworkService.class);
		UserSession users = Workbench.service(UserSession.class);
		String kpmId = CaseworkSession.get(new NullProgressMonitor()).find(HouseholdQuery.all().withPage(77, 1)).get(0)
				.kpmId();
		long start = System.nanoTime();
		HouseholdEditor editor = (HouseholdEditor) Workbench.page().openEditor(new HouseholdEditorInput(kpmId, null),
				HouseholdUi.EDITOR);
		long created = System.nanoTime();
		UiWait.until(() -> editor.household() != null, 60, () -> "the household file"); //$NON-NLS-1$
		System.out.printf("opening the household file %s: %d ms to the editor, %d ms to its data shown%n", kpmId, //$NON-NLS-1$
				(created - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
		String theirs = "RT 009 / " + System.nanoTime(); //$NON-NLS-1$
		String mine = "RT 001 / " + System.nanoTime(); //$NON-NLS-1$
		try (Casework other = service.openDefault(new NullProgressMonitor())) {
			users.setUser(ME);
			editor.file().domain().set(editor.household(), HarapanPackage.Literals.HOUSEHOLD__ADDRESS, mine);
			assertTrue(editor.isDirty());

			users.setUser(OTHER_USER);
			ChangeResult first = other.change(kpmId, "changed in another workbench", h -> h.setAddress(theirs)); //$NON-NLS-1$
			assertEquals(ChangeResult.Outcome.SAVED, first.outcome(), first.message("en")); //$NON-NLS-1$
			users.setUser(ME);
			List<String> seen = new ArrayList<>();
			AtomicReference<List<HouseholdDiff.Row>> compared = new AtomicReference<>();
			answer(ConflictDialog.class, dialog -> {
				seen.add(dialog.text());
				screenshot("household-editor-conflict-"); //$NON-NLS-1$
				return org.harapan.ui.household.internal.editor.Messages.Conflict_Compare;
			});
			answer(CompareDialog.class, dialog -> {
				compared.set(dialog.rows());
				screenshot("household-editor-compare-"); //$NON-NLS-1$
				return org.harapan.ui.household.internal.editor.Messages.Conflict_Reload;
			});
			Workbench.page().activate(editor);
			PartWidgets.execute(editor, IWorkbenchCommandConstants.FILE_SAVE);

			failures.forEach(f -> {
				throw new AssertionError("answering a dialog failed", f); //$NON-NLS-1$
			});
			assertEquals(1, seen.size(), "the conflict dialog was shown"); //$NON-NLS-1$
			String message = seen.get(0);
			assertTrue(message.contains(OTHER_USER), message);
			assertTrue(message.contains(Values.date(LocalDate.now())), "when: " + message); //$NON-NLS-1$
			assertTrue(message.contains(kpmId), message);
			assertNotNull(compared.get(), "Compare showed both versions"); //$NON-NLS-1$
			assertTrue(compared.get().stream().anyMatch(r -> r.mine().equals(mine) && r.theirs().equals(theirs)),
					compared.get().toString());
			assertEquals(theirs, editor.household().getAddress(), "reloaded: their version"); //$NON-NLS-1$
			assertFalse(editor.isDirty());
			assertEquals(theirs, other.load(kpmId).orElseThrow().getAddress(), "never overwritten"); //$NON-NLS-1$

			String later = "RT 010 / " + System.nanoTime(); //$NON-NLS-1$
			assertTrue(other.change(kpmId, "changed again elsewhere", h -> h.setAddress(later)).isStored()); //$NON-NLS-1$
			UiWait.until(() -> later.equals(editor.household().getAddress()), 30,
					() -> "a file without changes follows the other save"); //$NON-NLS-1$
			assertFalse(editor.isDirty());
		} finally {
			users.setUser(null);
			Workbench.page().closeEditor(editor, false);
		}
	}

	/**
	 * When a dialog of {@code type} opens (in the event loop of the save), presses the button whose text
	 * {@code choice} gives. Should that fail, the dialog is closed (so that the test ends) and the failure kept in
	 * {@link #failures}.
	 */
	private static <T extends Window> void answer(Class<T> type, Function<T, String> choice) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 60_000_000_000L;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			T dialog = PartWidgets.dialog(type);
			if (dialog == null) {
				if (System.nanoTime() < deadline) {
					display.timerExec(100, poll[0]);
				}
				return;
			}
			try {
				String button = choice.apply(dialog);
				Button pressed = PartWidgets.in(dialog.getShell(), Button.class).stream()
						.filter(b -> button.equals(b.getText())).findFirst()
						.orElseThrow(() -> new AssertionError("no button " + button)); //$NON-NLS-1$
				pressed.notifyListeners(SWT.Selection, new Event());
			} catch (RuntimeException | Error e) {
				failures.add(e);
				dialog.close();
			}
		};
		display.timerExec(100, poll[0]);
	}

	private static void screenshot(String name) {
		try {
			Workbench.screenshot(name + Workbench.language());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
