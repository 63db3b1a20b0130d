package org.harapan.ui.diagram;

import java.util.ArrayList;
import java.util.List;

/** An arrow of a diagram; after layout its route (start, bend points, end) and where its label goes. */
public final class DiagramEdge {

	private final DiagramNode source;
	private final DiagramNode target;
	private final String label;
	private final List<double[]> route = new ArrayList<>();
	private double labelX;
	private double labelY;

	DiagramEdge(DiagramNode source, DiagramNode target, String label) {
		this.source = source;
		this.target = target;
		this.label = label;
	}

	public DiagramNode source() {
		return source;
	}

	public DiagramNode target() {
		return target;
	}

	public String label() {
		return label;
	}

	/** The points of the route, each {@code {x, y}}; the last is at the target. */
	public List<double[]> route() {
		return route;
	}

	public double labelX() {
		return labelX;
	}

	public double labelY() {
		return labelY;
	}

	void route(List<double[]> points, double lx, double ly) {
		route.clear();
		route.addAll(points);
		labelX = lx;
		labelY = ly;
	}
}
