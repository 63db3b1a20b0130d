package org.harapan.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Writes PNG screenshots of the whole display into {@code target/screenshots}; on failure automatically. */
public class Screenshots implements TestWatcher {

	public static Path take(String name) throws IOException {
		return Workbench.screenshot(name);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		try {
			take("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" //$NON-NLS-1$ //$NON-NLS-2$
					+ context.getRequiredTestMethod().getName());
		} catch (IOException | RuntimeException e) {
			cause.addSuppressed(e);
		}
	}
}
