package org.harapan.ui.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A diagram: boxes ({@link DiagramNode}) for the objects of a document and arrows ({@link DiagramEdge}) between
 * them, with a title. Built by the editor that shows it, laid out by {@link DiagramLayout}, drawn by
 * {@link DiagramPainter} and exported by {@link SvgExport}.
 */
public final class Diagram {

	private final String title;
	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	private double width;
	private double height;

	public Diagram(String title) {
		this.title = title;
	}

	/** Adds a box for {@code element} (the object a click selects) with its lines of text (the first in bold). */
	public DiagramNode node(Object element, NodeStyle style, String... lines) {
		DiagramNode n = new DiagramNode(element, style, List.of(lines));
		nodes.add(n);
		return n;
	}

	/** Adds an arrow from {@code source} to {@code target}, labelled with {@code label} (may be empty). */
	public DiagramEdge edge(DiagramNode source, DiagramNode target, String label) {
		DiagramEdge e = new DiagramEdge(source, target, label == null ? "" : label); //$NON-NLS-1$
		edges.add(e);
		return e;
	}

	public String title() {
		return title;
	}

	public List<DiagramNode> nodes() {
		return Collections.unmodifiableList(nodes);
	}

	public List<DiagramEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	/** The node showing {@code element}, or {@code null}. */
	public DiagramNode nodeOf(Object element) {
		for (DiagramNode n : nodes) {
			if (java.util.Objects.equals(n.element(), element)) {
				return n;
			}
		}
		return null;
	}

	/** The node at {@code (x, y)} in diagram coordinates (after layout), or {@code null}. */
	public DiagramNode nodeAt(double x, double y) {
		for (int i = nodes.size() - 1; i >= 0; i--) {
			if (nodes.get(i).contains(x, y)) {
				return nodes.get(i);
			}
		}
		return null;
	}

	/** The size of the laid-out diagram, margins included. */
	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	void size(double w, double h) {
		this.width = w;
		this.height = h;
	}
}
