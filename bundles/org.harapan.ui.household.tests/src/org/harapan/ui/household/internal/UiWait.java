package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
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
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// paint first
		}
		Path folder = Path.of(System.getProperty("harapan.build", "target"), "screenshots"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png"); //$NON-NLS-1$
		Image image = new Image(display, display.getBounds().width, display.getBounds().height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader png = new ImageLoader();
			png.data = new ImageData[] { image.getImageData() };
			png.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
