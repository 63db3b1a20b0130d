package org.harapan.ui.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A laid-out diagram as SVG text (boxes, arrows, labels), as the canvas draws it. */
public final class SvgExport {

	private SvgExport() {
	}

	/** Writes {@code diagram} as an SVG file. */
	public static void write(Diagram diagram, Path file) throws IOException {
		Files.writeString(file, svg(diagram), StandardCharsets.UTF_8);
	}

	/** The SVG document of {@code diagram}. */
	public static String svg(Diagram diagram) {
		StringBuilder b = new StringBuilder();
		b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		b.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" " //$NON-NLS-1$
						+ "font-family=\"sans-serif\" font-size=\"12\">\n", //$NON-NLS-1$
				diagram.width(), diagram.height(), diagram.width(), diagram.height()));
		b.append("<title>").append(escape(diagram.title())).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"); //$NON-NLS-1$
		for (DiagramEdge e : diagram.edges()) {
			edge(b, e);
		}
		for (DiagramNode n : diagram.nodes()) {
			node(b, n);
		}
		return b.append("</svg>\n").toString(); //$NON-NLS-1$
	}

	private static void edge(StringBuilder b, DiagramEdge e) {
		List<double[]> route = e.route();
		if (route.size() < 2) {
			return;
		}
		String colour = hex(DiagramPainter.EDGE);
		b.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" points=\""); //$NON-NLS-1$ //$NON-NLS-2$
		for (double[] p : route) {
			b.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1])); //$NON-NLS-1$
		}
		b.append("\"/>\n<polygon fill=\"").append(colour).append("\" points=\""); //$NON-NLS-1$ //$NON-NLS-2$
		int[] head = DiagramPainter.arrowHead(route);
		for (int i = 0; i < head.length; i += 2) {
			b.append(head[i]).append(',').append(head[i + 1]).append(' ');
		}
		b.append("\"/>\n"); //$NON-NLS-1$
		if (!e.label().isEmpty()) {
			b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s</text>%n", e.labelX(), //$NON-NLS-1$
					e.labelY() + 12, colour, escape(e.label())));
		}
	}

	private static void node(StringBuilder b, DiagramNode n) {
		NodeStyle s = n.style();
		b.append(String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\" fill=\"%s\" stroke=\"%s\"/>%n", //$NON-NLS-1$
				n.x(), n.y(), n.width(), n.height(), s.rounded() ? 5 : 0, hex(s.fill()), hex(s.border())));
		double lineHeight = (n.height() - 2 * DiagramLayout.PADDING) / Math.max(1, n.lines().size());
		for (int i = 0; i < n.lines().size(); i++) {
			b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\"%s>%s</text>%n", //$NON-NLS-1$
					n.x() + DiagramLayout.PADDING, n.y() + DiagramLayout.PADDING + lineHeight * i + 12,
					s.darkFill() ? "#ffffff" : "#000000", i == 0 ? " font-weight=\"bold\"" : "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					escape(n.lines().get(i))));
		}
	}

	private static String hex(int rgb) {
		return String.format("#%06x", rgb); //$NON-NLS-1$
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
