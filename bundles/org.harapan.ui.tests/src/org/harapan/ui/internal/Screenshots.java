package org.harapan.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Writes PNG screenshots of the whole display into {@code target/screenshots}; on failure automatically. */
public class Screenshots implements TestWatcher {

	public static Path directory() {
		return Path.of(System.getProperty("harapan.build", "target"), "screenshots"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static Path take(String name) throws IOException {
		Display display = Display.getDefault();
		while (display.readAndDispatch()) {
			// let pending paints happen first
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(directory());
			Path file = directory().resolve(name + ".png"); //$NON-NLS-1$
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
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
