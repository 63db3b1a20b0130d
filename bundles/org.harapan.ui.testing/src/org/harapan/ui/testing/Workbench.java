package org.harapan.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.harapan.ui.DisplayPng;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Driving the running workbench from a UI test: services, the active page, waiting, screenshots. */
public final class Workbench {

	private Workbench() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** {@code en} or {@code id}: the language the test run's platform is in. */
	public static String language() {
		String nl = Platform.getNL();
		return nl.startsWith("id") || nl.startsWith("in") ? "id" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The service of {@code type}, as Declarative Services registers it (waits up to 30 s). */
	public static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(Workbench.class).getBundleContext(), type, null);
		tracker.open();
		T service = tracker.waitForService(30_000);
		if (service == null) {
			throw new IllegalStateException(type.getName() + " is not registered"); //$NON-NLS-1$
		}
		return service;
	}

	/** Runs the event loop until {@code condition} holds; fails with {@code what} after {@code seconds}. */
	public static void waitUntil(BooleanSupplier condition, String what, int seconds) throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + seconds + " s waiting for " + what); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		while (display.readAndDispatch()) {
			// paint what the condition's change asked for
		}
	}

	/**
	 * Writes a screenshot ({@link #screenshot}) with the window filling the display and {@code part} maximized,
	 * then restores the part.
	 */
	public static Path screenshotMaximized(IWorkbenchPart part, String name) throws IOException {
		IWorkbenchPage page = part.getSite().getPage();
		page.getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		IWorkbenchPartReference reference = page.getReference(part);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			return screenshot(name);
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		}
	}

	/** Writes a PNG of the whole display to {@code target/screenshots/NAME.png} of the build. */
	public static Path screenshot(String name) throws IOException {
		Path folder = Path.of(System.getProperty("harapan.build", "target"), "screenshots"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.createDirectories(folder);
		return DisplayPng.save(Display.getCurrent(), folder.resolve(name + ".png")); //$NON-NLS-1$
	}
}
