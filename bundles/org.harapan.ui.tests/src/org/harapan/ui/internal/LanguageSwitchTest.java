package org.harapan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Window &gt; Language: the choice is stored for the next start, and every text exists in both languages. */
@ExtendWith(Screenshots.class)
class LanguageSwitchTest {

	@TempDir
	Path data;

	private final Path dataFolderBefore = DataFolder.resolve();

	@AfterEach
	void restoreDataFolder() {
		DataFolder.workplace().orElseThrow().setDataFolder(dataFolderBefore);
	}

	@Test
	void languageCommandStoresTheChoiceAndAsksToRestart() throws Exception {
		DataFolder.workplace().orElseThrow().setDataFolder(data);
		assertEquals(data.toAbsolutePath().normalize(), DataFolder.resolve());
		LanguageSetting setting = new LanguageSetting(data);
		assertNull(setting.get());

		AtomicReference<String> question = new AtomicReference<>();
		Display display = Display.getCurrent();
		// the handler asks whether to restart; answer "No" as a user would, so the test run goes on
		display.timerExec(300, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && Messages.Language_RestartTitle.equals(shell.getText())) {
						question.set(shell.getText());
						pressNo(shell);
						return;
					}
				}
				display.timerExec(100, this);
			}
		});
		execute("id"); //$NON-NLS-1$
		assertEquals("id", setting.get()); //$NON-NLS-1$
		assertEquals(Messages.Language_RestartTitle, question.get(), "the restart question was shown"); //$NON-NLS-1$
		assertTrue(PlatformUI.isWorkbenchRunning(), "answering No keeps the workbench running"); //$NON-NLS-1$

		display.timerExec(300, () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && Messages.Language_RestartTitle.equals(shell.getText())) {
					pressNo(shell);
				}
			}
		});
		execute("en"); //$NON-NLS-1$
		assertEquals("en", setting.get()); //$NON-NLS-1$
	}

	@Test
	void unsupportedLanguageIsRefused() {
		LanguageSetting setting = new LanguageSetting(data);
		assertThrows(IllegalArgumentException.class, () -> setting.set("fr")); //$NON-NLS-1$
	}

	@Test
	void everyMessageHasAnIndonesianText() throws IOException {
		Properties english = load("messages.properties"); //$NON-NLS-1$
		Properties indonesian = load("messages_id.properties"); //$NON-NLS-1$
		assertEquals(english.keySet(), indonesian.keySet());
		for (Map.Entry<Object, Object> entry : english.entrySet()) {
			assertNotEquals(entry.getValue(), indonesian.get(entry.getKey()), "translated: " + entry.getKey()); //$NON-NLS-1$
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}

	private static void execute(String code) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		var command = commands.getCommand("org.harapan.ui.commands.language"); //$NON-NLS-1$
		handlers.executeCommand(ParameterizedCommand.generateCommand(command, Map.of(LanguageHandler.PARAMETER, code)),
				null);
	}

	/** Answers "No" to the JFace question, as a user keeping the session would. */
	private static void pressNo(Shell shell) {
		Button no = button(shell, IDialogConstants.NO_LABEL);
		if (no != null) {
			no.notifyListeners(SWT.Selection, new Event());
		}
	}

	private static Button button(Composite composite, String label) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite inner) {
				Button nested = button(inner, label);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}
}
