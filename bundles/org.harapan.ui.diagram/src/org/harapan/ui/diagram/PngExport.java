package org.harapan.ui.diagram;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** A laid-out diagram drawn into an image and written as PNG. */
public final class PngExport {

	private PngExport() {
	}

	/** Draws {@code diagram} at {@code scale} (2 for a sharp print) into an image. */
	public static ImageData draw(Display display, Diagram diagram, double scale) {
		int w = (int) Math.ceil(diagram.width() * scale);
		int h = (int) Math.ceil(diagram.height() * scale);
		Image image = new Image(display, Math.max(1, w), Math.max(1, h));
		GC gc = new GC(image);
		DiagramPainter painter = new DiagramPainter(display);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, w, h);
			painter.paint(gc, diagram, scale, null);
			return image.getImageData();
		} finally {
			painter.dispose();
			gc.dispose();
			image.dispose();
		}
	}

	/** Writes {@code diagram} as a PNG file. */
	public static void write(Display display, Diagram diagram, double scale, Path file) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { draw(display, diagram, scale) };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}
}
