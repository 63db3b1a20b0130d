package org.harapan.ui.household.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.ui.household.HouseholdEditorInput;
import org.harapan.ui.household.HouseholdUi;

/**
 * The commands of the {@link WorkbenchDriver}, each done on the UI thread as a user's action would be:
 * <ul>
 * <li>{@code open KPM_ID}: opens the household file and waits until it is loaded; answers its state;</li>
 * <li>{@code set address TEXT}: edits the household's address in the open file (an EMF.Edit command, undoable);</li>
 * <li>{@code save}: File &gt; Save; answers the file's state once saved, or the dialog the save opened;</li>
 * <li>{@code press BUTTON}: presses the button of the open dialog with that text (without its mnemonic); answers
 * the next dialog, or the file's state once the save has ended;</li>
 * <li>{@code state}: {@code editor.kpm}, {@code editor.address}, {@code editor.version}, {@code editor.dirty};</li>
 * <li>{@code screenshot FILE.png}: the whole display; {@code quit}: closes the workbench.</li>
 * </ul>
 * A dialog is answered as {@code dialog.class}, {@code dialog.title}, {@code dialog.label} (line breaks as
 * {@code \n}), {@code dialog.button} and {@code dialog.row} (table cells separated by {@code " | "}) lines.
 */
final class DriverCommands {

	private static final long WAIT_NANOS = 120_000_000_000L;

	private final Display display;
	private final IWorkbenchPage page;
	private final AtomicBoolean saving = new AtomicBoolean();
	private HouseholdEditor editor;

	DriverCommands(Display display, IWorkbenchPage page) {
		this.display = display;
		this.page = page;
	}

	Display display() {
		return display;
	}

	List<String> execute(String line) throws InterruptedException {
		String[] words = line.split(" ", 2); //$NON-NLS-1$
		String rest = words.length > 1 ? words[1] : ""; //$NON-NLS-1$
		return switch (words[0]) {
		case "open" -> open(rest); //$NON-NLS-1$
		case "set" -> setAddress(rest); //$NON-NLS-1$
		case "save" -> save(); //$NON-NLS-1$
		case "press" -> press(rest); //$NON-NLS-1$
		case "state" -> ui(this::state); //$NON-NLS-1$
		case "screenshot" -> ui(() -> screenshot(rest)); //$NON-NLS-1$
		case "quit" -> List.of("quit"); //$NON-NLS-1$ //$NON-NLS-2$
		default -> List.of("error unknown command: " + line); //$NON-NLS-1$
		};
	}

	private List<String> open(String kpmId) throws InterruptedException {
		ui(() -> {
			try {
				editor = (HouseholdEditor) page.openEditor(new HouseholdEditorInput(kpmId, null), HouseholdUi.EDITOR);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
			return List.of();
		});
		awaitUi(() -> editor.household() != null, "the household file " + kpmId); //$NON-NLS-1$
		return ui(this::state);
	}

	private List<String> setAddress(String rest) {
		if (!rest.startsWith("address ")) { //$NON-NLS-1$
			return List.of("error only 'set address TEXT' is known"); //$NON-NLS-1$
		}
		String text = rest.substring("address ".length()); //$NON-NLS-1$
		return ui(() -> {
			editor.file().domain().set(editor.household(), HarapanPackage.Literals.HOUSEHOLD__ADDRESS, text);
			return state();
		});
	}

	/** File &gt; Save on the open file; the save runs on the UI thread, where a refusal opens its dialog. */
	private List<String> save() throws InterruptedException {
		saving.set(true);
		display.asyncExec(() -> {
			try {
				page.activate(editor);
				editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE,
						null);
			} catch (Exception e) {
				org.eclipse.core.runtime.ILog.of(getClass()).error("File > Save failed", e); //$NON-NLS-1$
			} finally {
				saving.set(false);
			}
		});
		return outcome();
	}

	private List<String> press(String button) throws InterruptedException {
		List<String> pressed = ui(() -> {
			Window dialog = dialog();
			if (dialog == null) {
				return List.of("error no dialog is open"); //$NON-NLS-1$
			}
			for (Button b : WidgetTexts.all(dialog.getShell(), Button.class)) {
				if (button.equals(WidgetTexts.plain(b.getText()))) {
					b.notifyListeners(SWT.Selection, new Event());
					return List.of();
				}
			}
			return List.of("error the dialog has no button " + button); //$NON-NLS-1$
		});
		return pressed.isEmpty() ? outcome() : pressed;
	}

	/** The dialog that opened, or the file's state once the save under way (if any) has ended. */
	private List<String> outcome() throws InterruptedException {
		AtomicReference<List<String>> seen = new AtomicReference<>();
		awaitUi(() -> {
			Window dialog = dialog();
			if (dialog != null) {
				seen.set(describe(dialog));
			} else if (!saving.get()) {
				seen.set(state());
			}
			return seen.get() != null;
		}, "the save to end or open a dialog"); //$NON-NLS-1$
		return seen.get();
	}

	private List<String> state() {
		if (editor == null || editor.household() == null) {
			return List.of("editor none"); //$NON-NLS-1$
		}
		Household h = editor.household();
		return List.of("editor.kpm " + h.getKpmId(), "editor.address " + h.getAddress(), //$NON-NLS-1$ //$NON-NLS-2$
				"editor.version " + h.getVersion(), "editor.dirty " + editor.isDirty()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The open dialog (a JFace window other than the workbench window), the topmost when several. */
	private Window dialog() {
		Window found = null;
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof Window window
					&& shell != page.getWorkbenchWindow().getShell()) {
				found = window;
			}
		}
		return found;
	}

	private static List<String> describe(Window dialog) {
		List<String> lines = new ArrayList<>();
		Shell shell = dialog.getShell();
		lines.add("dialog.class " + dialog.getClass().getSimpleName()); //$NON-NLS-1$
		lines.add("dialog.title " + shell.getText()); //$NON-NLS-1$
		WidgetTexts.all(shell, Label.class).forEach(
				l -> lines.add("dialog.label " + l.getText().replace("\n", "\\n"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		WidgetTexts.all(shell, Button.class).forEach(b -> lines.add("dialog.button " + WidgetTexts.plain(b.getText()))); //$NON-NLS-1$
		for (Table table : WidgetTexts.all(shell, Table.class)) {
			for (TableItem item : table.getItems()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
					cells.add(item.getText(c));
				}
				lines.add("dialog.row " + String.join(" | ", cells)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return lines;
	}

	/** The whole display, with this workbench's window (and its dialog) in front of another's on the same display. */
	private List<String> screenshot(String file) {
		page.getWorkbenchWindow().getShell().moveAbove(null);
		Window dialog = dialog();
		if (dialog != null) {
			dialog.getShell().moveAbove(null);
		}
		org.harapan.ui.DisplayPng.save(display, java.nio.file.Path.of(file));
		return List.of("screenshot " + file); //$NON-NLS-1$
	}

	/** Runs {@code action} on the UI thread and answers what it answered. */
	private List<String> ui(Supplier<List<String>> action) {
		AtomicReference<List<String>> result = new AtomicReference<>();
		display.syncExec(() -> result.set(action.get()));
		return result.get();
	}

	/** Asks {@code condition} on the UI thread until it holds. */
	private void awaitUi(Supplier<Boolean> condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT_NANOS;
		boolean[] holds = { false };
		while (true) {
			display.syncExec(() -> holds[0] = condition.get());
			if (holds[0]) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out waiting for " + what); //$NON-NLS-1$
			}
			Thread.sleep(50);
		}
	}
}
