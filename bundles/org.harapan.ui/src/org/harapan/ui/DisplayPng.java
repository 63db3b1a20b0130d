package org.harapan.ui;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** A picture of the whole display as a PNG file (screenshots of the UI tests and of the in-product driver). */
public final class DisplayPng {

	private DisplayPng() {
	}

	/** Paints what is pending, then writes the whole of {@code display} to {@code file} (on the UI thread). */
	public static Path save(Display display, Path file) {
		while (display.readAndDispatch()) {
			// paint what is pending first
		}
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
