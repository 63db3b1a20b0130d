package org.harapan.ui.testing;

import java.io.IOException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** A JUnit extension writing a screenshot {@code FAILED-Class-method-LANG.png} when a UI test fails. */
public class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		try {
			Workbench.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" //$NON-NLS-1$ //$NON-NLS-2$
					+ context.getRequiredTestMethod().getName() + "-" + Workbench.language()); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			cause.addSuppressed(e);
		}
	}
}
