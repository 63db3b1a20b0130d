package org.harapan.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.harapan.ui.diagram.internal.Messages;

/**
 * A diagram with its tool bar: zoom in, zoom out, 100 %, the zoom shown, export as PNG and as SVG. Clicking a
 * node calls the click listener with the node's object.
 */
public final class DiagramViewer {

	private final Composite control;
	private final Label title;
	private final Label zoomLabel;
	private final DiagramCanvas canvas;

	public DiagramViewer(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(control);
		title = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		zoomLabel = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().hint(50, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(zoomLabel);
		ToolBar bar = new ToolBar(control, SWT.FLAT | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		canvas = new DiagramCanvas(control);
		button(bar, Messages.Diagram_ZoomIn, () -> canvas.setZoom(canvas.zoom() * DiagramCanvas.STEP));
		button(bar, Messages.Diagram_ZoomOut, () -> canvas.setZoom(canvas.zoom() / DiagramCanvas.STEP));
		button(bar, Messages.Diagram_ZoomReset, () -> canvas.setZoom(1));
		button(bar, Messages.Diagram_ZoomFit, canvas::fit);
		button(bar, Messages.Diagram_ExportPng, () -> export("*.png")); //$NON-NLS-1$
		button(bar, Messages.Diagram_ExportSvg, () -> export("*.svg")); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(canvas.control());
		canvas.onZoom(this::showZoom);
		showZoom();
	}

	private static void button(ToolBar bar, String text, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	public Composite control() {
		return control;
	}

	public DiagramCanvas canvas() {
		return canvas;
	}

	/** Lays out and shows {@code diagram} (its title above it). */
	public void setDiagram(Diagram diagram) {
		title.setText(diagram.title());
		canvas.setDiagram(diagram);
		control.layout(true);
	}

	/** Called with the object of a clicked node. */
	public void onClick(Consumer<Object> listener) {
		canvas.onClick(listener);
	}

	/** Writes the diagram as PNG ({@code .png}) or SVG (any other name). */
	public void exportTo(Path file) throws IOException {
		Diagram d = canvas.diagram();
		if (d == null) {
			return;
		}
		if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) { //$NON-NLS-1$
			PngExport.write(control.getDisplay(), d, 2, file);
		} else {
			SvgExport.write(d, file);
		}
	}

	private void export(String pattern) {
		if (canvas.diagram() == null) {
			return;
		}
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { pattern });
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			exportTo(Path.of(file));
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("diagram export to " + file, e); //$NON-NLS-1$
			MessageDialog.openError(control.getShell(), Messages.Diagram_ExportFailed,
					NLS.bind(Messages.Diagram_ExportFailedDetail, file, e.getMessage()));
		}
	}

	private void showZoom() {
		zoomLabel.setText(Math.round(canvas.zoom() * 100) + " %"); //$NON-NLS-1$
	}
}
