package org.harapan.ui.household.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the workbench from inside for end-to-end tests of the built product, as {@link CaseloadBench} does for the
 * benchmarks; active only when the workbench is started with {@code -harapanDrive FOLDER}. Once the caseload first
 * shows rows it writes {@code FOLDER/ready}, then executes the commands a test writes as {@code FOLDER/1.cmd},
 * {@code 2.cmd}, … (one line each, {@link DriverCommands}) in order, answering each in {@code N.out} ({@code key value}
 * lines, written whole). Two workbenches driven so can be made to take turns through their folders. Without a command
 * for 10 minutes, or after {@code quit}, it closes the workbench.
 */
final class WorkbenchDriver {

	private static final String OPTION = "-harapanDrive"; //$NON-NLS-1$
	private static final long IDLE_NANOS = 600_000_000_000L;

	private final Path folder;
	private final DriverCommands commands;

	private WorkbenchDriver(Path folder, DriverCommands commands) {
		this.folder = folder;
		this.commands = commands;
	}

	/** Starts the driver when the workbench was started for one (after the caseload first showed rows). */
	static void startIfAsked(CaseloadView view) {
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i + 1 < args.length; i++) {
			if (OPTION.equals(args[i])) {
				Display display = view.getSite().getShell().getDisplay();
				WorkbenchDriver driver = new WorkbenchDriver(Path.of(args[i + 1]),
						new DriverCommands(display, view.getSite().getPage()));
				Thread t = new Thread(driver::run, "workbench driver"); //$NON-NLS-1$
				t.setDaemon(true);
				t.start();
				return;
			}
		}
	}

	private void run() {
		try {
			write("ready", List.of("ready " + ProcessHandle.current().pid())); //$NON-NLS-1$ //$NON-NLS-2$
			for (int n = 1;; n++) {
				String command = next(n);
				if (command == null) {
					return;
				}
				List<String> reply;
				try {
					reply = commands.execute(command);
				} catch (RuntimeException | InterruptedException e) {
					ILog.of(getClass()).error("The workbench driver's command failed: " + command, e); //$NON-NLS-1$
					reply = List.of("error " + e); //$NON-NLS-1$
				}
				write(n + ".out", reply); //$NON-NLS-1$
				if (command.strip().equals("quit")) { //$NON-NLS-1$
					return;
				}
			}
		} catch (IOException | InterruptedException e) {
			ILog.of(getClass()).error("The workbench driver stopped", e); //$NON-NLS-1$
		} finally {
			Display display = commands.display();
			if (!display.isDisposed()) {
				display.asyncExec(() -> PlatformUI.getWorkbench().close());
			}
		}
	}

	/** Waits for command {@code n}; null when none came within the idle time. */
	private String next(int n) throws IOException, InterruptedException {
		Path file = folder.resolve(n + ".cmd"); //$NON-NLS-1$
		long deadline = System.nanoTime() + IDLE_NANOS;
		while (!Files.isRegularFile(file)) {
			if (System.nanoTime() > deadline) {
				return null;
			}
			Thread.sleep(50);
		}
		return Files.readString(file, StandardCharsets.UTF_8).strip();
	}

	/** Writes {@code name} whole: a reader sees it complete or not at all. */
	private void write(String name, List<String> lines) throws IOException {
		Path part = folder.resolve(name + ".part"); //$NON-NLS-1$
		Files.write(part, lines, StandardCharsets.UTF_8);
		Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}
}
