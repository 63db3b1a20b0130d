package org.harapan.ui.diagram;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A scrollable SWT canvas showing a diagram: laid out when set, zoomed with the mouse wheel or
 * {@link #setZoom(double)}, a click selects the node under the pointer and tells the listener its object.
 */
public final class DiagramCanvas {

	static final double MIN_ZOOM = 0.25;
	static final double MAX_ZOOM = 4;
	static final double STEP = 1.2;

	private final ScrolledComposite scroller;
	private final Canvas canvas;
	private final DiagramPainter painter;
	private Diagram diagram;
	private DiagramNode selected;
	private double zoom = 1;
	private Consumer<Object> clicked = element -> {
	};
	private Runnable zoomed = () -> {
	};

	public DiagramCanvas(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		scroller.setContent(canvas);
		painter = new DiagramPainter(parent.getDisplay());
		canvas.addPaintListener(e -> {
			if (diagram != null) {
				painter.paint(e.gc, diagram, zoom, selected);
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, e -> click(e.x, e.y));
		canvas.addDisposeListener(e -> painter.dispose());
	}

	/** The control to lay out in the parent. */
	public ScrolledComposite control() {
		return scroller;
	}

	/** The drawing surface (tests click on it). */
	public Canvas canvas() {
		return canvas;
	}

	/** Lays out {@code d} with the canvas font and shows it; the selection is kept when its object still is. */
	public void setDiagram(Diagram d) {
		Object before = selected == null ? null : selected.element();
		GC gc = new GC(canvas);
		try {
			DiagramLayout.layout(d, painter.measure(gc));
		} finally {
			gc.dispose();
		}
		diagram = d;
		selected = before == null ? null : d.nodeOf(before);
		resize();
	}

	public Diagram diagram() {
		return diagram;
	}

	/** Highlights the node of {@code element} (none when no node shows it) and scrolls it into view. */
	public void select(Object element) {
		selected = diagram == null || element == null ? null : diagram.nodeOf(element);
		if (selected != null) {
			scroller.setOrigin((int) Math.max(0, selected.x() * zoom - 20), (int) Math.max(0, selected.y() * zoom - 20));
		}
		canvas.redraw();
	}

	public DiagramNode selected() {
		return selected;
	}

	/** Called with the object of a clicked node. */
	public void onClick(Consumer<Object> listener) {
		clicked = listener;
	}

	/** Called after the zoom changed. */
	public void onZoom(Runnable listener) {
		zoomed = listener;
	}

	public double zoom() {
		return zoom;
	}

	/** Sets the zoom factor (clamped to 25 %-400 %). */
	public void setZoom(double z) {
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
		resize();
		zoomed.run();
	}

	/** Zooms so that the whole diagram fits the visible area (never above 100 %). */
	public void fit() {
		if (diagram == null) {
			return;
		}
		org.eclipse.swt.graphics.Rectangle area = scroller.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		setZoom(Math.min(1, Math.min(area.width / diagram.width(), area.height / diagram.height())));
	}

	/** Clicks at a canvas point: selects the node there (or nothing) and tells the listener. */
	public void click(int x, int y) {
		if (diagram == null) {
			return;
		}
		selected = diagram.nodeAt(x / zoom, y / zoom);
		canvas.redraw();
		if (selected != null) {
			clicked.accept(selected.element());
		}
	}

	/** The canvas point at the centre of {@code node} at the current zoom. */
	public Point centre(DiagramNode node) {
		return new Point((int) ((node.x() + node.width() / 2) * zoom), (int) ((node.y() + node.height() / 2) * zoom));
	}

	private void wheel(Event e) {
		setZoom(e.count > 0 ? zoom * STEP : zoom / STEP);
		e.doit = false;
	}

	private void resize() {
		if (diagram != null) {
			canvas.setSize((int) Math.ceil(diagram.width() * zoom), (int) Math.ceil(diagram.height() * zoom));
		}
		canvas.redraw();
	}
}
