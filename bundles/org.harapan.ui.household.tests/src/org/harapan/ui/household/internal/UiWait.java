package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the event loop of the UI test thread until something happens; screenshots into the build folder. */
final class UiWait {

	private UiWait() {
	}

	static void until(BooleanSupplier condition, long seconds, Supplier<String> what) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("timed out after " + seconds + " s waiting for " + what.get()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wake the loop
				});
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// let pending paints happen
		}
	}

	/** Writes a PNG of the whole display to {@code <build>/screenshots/NAME.png}. */
	static Path screenshot(String name) throws IOException {
		return org.harapan.ui.testing.Workbench.screenshot(name);
	}
}
