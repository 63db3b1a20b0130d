package org.harapan.ui.diagram;

import java.util.List;

/** A box of a diagram: the object it stands for, its lines of text, its style and (after layout) its bounds. */
public final class DiagramNode {

	private final Object element;
	private final NodeStyle style;
	private final List<String> lines;
	private double x;
	private double y;
	private double width;
	private double height;

	DiagramNode(Object element, NodeStyle style, List<String> lines) {
		this.element = element;
		this.style = style;
		this.lines = lines;
	}

	public Object element() {
		return element;
	}

	public NodeStyle style() {
		return style;
	}

	public List<String> lines() {
		return lines;
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	void bounds(double nx, double ny, double w, double h) {
		this.x = nx;
		this.y = ny;
		this.width = w;
		this.height = h;
	}

	/** Whether the point lies in the box. */
	public boolean contains(double px, double py) {
		return px >= x && px <= x + width && py >= y && py <= y + height;
	}

	/** Whether the two boxes overlap (touching edges do not count). */
	public boolean overlaps(DiagramNode o) {
		return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
	}

	@Override
	public String toString() {
		return String.join(" / ", lines); //$NON-NLS-1$
	}
}
