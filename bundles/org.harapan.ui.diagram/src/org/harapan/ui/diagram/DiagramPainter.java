package org.harapan.ui.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * Draws a laid-out diagram with SWT on a {@link GC} (the canvas, or an image for PNG export) at a zoom factor.
 * Owns the colours and the bold font it makes; {@link #dispose()} them.
 */
public final class DiagramPainter {

	/** Colour of arrows and their labels. */
	static final int EDGE = 0x595959;
	/** Border of the selected box. */
	static final int SELECTION = 0xFFC000;

	private final Display display;
	private final Map<Integer, Color> colors = new HashMap<>();
	private Font bold;

	public DiagramPainter(Display display) {
		this.display = display;
	}

	/** Paints {@code diagram} scaled by {@code zoom}, {@code selected} (may be null) highlighted. */
	public void paint(GC gc, Diagram diagram, double zoom, DiagramNode selected) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Transform t = new Transform(display);
		try {
			t.scale((float) zoom, (float) zoom);
			gc.setTransform(t);
			for (DiagramEdge e : diagram.edges()) {
				paint(gc, e);
			}
			for (DiagramNode n : diagram.nodes()) {
				paint(gc, n, n == selected);
			}
			gc.setTransform(null);
		} finally {
			t.dispose();
		}
	}

	private void paint(GC gc, DiagramEdge e) {
		List<double[]> route = e.route();
		if (route.size() < 2) {
			return;
		}
		gc.setForeground(color(EDGE));
		gc.setBackground(color(EDGE));
		gc.setLineWidth(1);
		int[] line = new int[route.size() * 2];
		for (int i = 0; i < route.size(); i++) {
			line[2 * i] = (int) Math.round(route.get(i)[0]);
			line[2 * i + 1] = (int) Math.round(route.get(i)[1]);
		}
		gc.drawPolyline(line);
		gc.fillPolygon(arrowHead(route));
		if (!e.label().isEmpty()) {
			gc.drawText(e.label(), (int) e.labelX(), (int) e.labelY(), true);
		}
	}

	/** The triangle at the end of a route, pointing along its last segment. */
	static int[] arrowHead(List<double[]> route) {
		double[] end = route.get(route.size() - 1);
		double[] before = route.get(route.size() - 2);
		double angle = Math.atan2(end[1] - before[1], end[0] - before[0]);
		double size = 8;
		double spread = Math.PI / 7;
		return new int[] { (int) Math.round(end[0]), (int) Math.round(end[1]),
				(int) Math.round(end[0] - size * Math.cos(angle - spread)),
				(int) Math.round(end[1] - size * Math.sin(angle - spread)),
				(int) Math.round(end[0] - size * Math.cos(angle + spread)),
				(int) Math.round(end[1] - size * Math.sin(angle + spread)) };
	}

	private void paint(GC gc, DiagramNode n, boolean selected) {
		NodeStyle s = n.style();
		int x = (int) Math.round(n.x());
		int y = (int) Math.round(n.y());
		int w = (int) Math.round(n.width());
		int h = (int) Math.round(n.height());
		int arc = s.rounded() ? 10 : 0;
		gc.setBackground(color(s.fill()));
		gc.fillRoundRectangle(x, y, w, h, arc, arc);
		gc.setForeground(color(selected ? SELECTION : s.border()));
		gc.setLineWidth(selected ? 3 : 1);
		gc.drawRoundRectangle(x, y, w, h, arc, arc);
		gc.setForeground(color(s.darkFill() ? 0xFFFFFF : 0x000000));
		Font normal = gc.getFont();
		int lineY = y + (int) DiagramLayout.PADDING;
		int lineHeight = gc.getFontMetrics().getHeight() + 2;
		for (int i = 0; i < n.lines().size(); i++) {
			gc.setFont(i == 0 ? bold(normal) : normal);
			gc.drawText(n.lines().get(i), x + (int) DiagramLayout.PADDING, lineY, true);
			lineY += lineHeight;
		}
		gc.setFont(normal);
	}

	/** How text is measured on {@code gc}: the same font the painter draws with. */
	public TextMeasure measure(GC gc) {
		Font normal = gc.getFont();
		Font b = bold(normal);
		int height = gc.getFontMetrics().getHeight() + 2;
		return new TextMeasure() {
			@Override
			public double width(String text, boolean isBold) {
				Font before = gc.getFont();
				gc.setFont(isBold ? b : normal);
				try {
					return gc.textExtent(text).x;
				} finally {
					gc.setFont(before);
				}
			}

			@Override
			public double lineHeight() {
				return height;
			}
		};
	}

	private Font bold(Font normal) {
		if (bold == null) {
			FontData[] data = normal.getFontData();
			for (FontData d : data) {
				d.setStyle(SWT.BOLD);
			}
			bold = new Font(display, data);
		}
		return bold;
	}

	private Color color(int rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(display, c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF));
	}

	public void dispose() {
		colors.values().forEach(Color::dispose);
		colors.clear();
		if (bold != null) {
			bold.dispose();
			bold = null;
		}
	}
}
