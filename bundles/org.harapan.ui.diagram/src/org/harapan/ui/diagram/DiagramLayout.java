package org.harapan.ui.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Automatic layered layout (Eclipse ELK "layered", left to right): boxes sized to their text, placed in layers
 * along the arrows without overlapping and in the order they were added within a layer, arrows routed orthogonally with their labels placed beside them.
 */
public final class DiagramLayout {

	/** Inner margin of a box around its text. */
	public static final double PADDING = 8;
	/** Margin around the whole diagram. */
	public static final double MARGIN = 16;

	private DiagramLayout() {
	}

	/** Lays out {@code diagram} in place (every node gets bounds, every edge a route). */
	public static void layout(Diagram diagram, TextMeasure measure) {
		register();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
		// boxes keep the order they were added in (document order: modules and sessions in delivery order)
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		Map<DiagramNode, ElkNode> boxes = new HashMap<>();
		for (DiagramNode n : diagram.nodes()) {
			ElkNode box = ElkGraphUtil.createNode(root);
			box.setDimensions(width(n, measure), n.lines().size() * measure.lineHeight() + 2 * PADDING);
			boxes.put(n, box);
		}
		Map<DiagramEdge, ElkEdge> arrows = new HashMap<>();
		for (DiagramEdge e : diagram.edges()) {
			ElkEdge arrow = ElkGraphUtil.createSimpleEdge(boxes.get(e.source()), boxes.get(e.target()));
			if (!e.label().isEmpty()) {
				ElkLabel label = ElkGraphUtil.createLabel(e.label(), arrow);
				label.setDimensions(measure.width(e.label(), false) + 4, measure.lineHeight());
				label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
			}
			arrows.put(e, arrow);
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		for (DiagramNode n : diagram.nodes()) {
			ElkNode box = boxes.get(n);
			n.bounds(box.getX(), box.getY(), box.getWidth(), box.getHeight());
		}
		for (DiagramEdge e : diagram.edges()) {
			route(e, arrows.get(e));
		}
		diagram.size(root.getWidth(), root.getHeight());
	}

	private static void route(DiagramEdge e, ElkEdge arrow) {
		List<double[]> points = new ArrayList<>();
		if (!arrow.getSections().isEmpty()) {
			ElkEdgeSection s = arrow.getSections().get(0);
			points.add(new double[] { s.getStartX(), s.getStartY() });
			for (ElkBendPoint b : s.getBendPoints()) {
				points.add(new double[] { b.getX(), b.getY() });
			}
			points.add(new double[] { s.getEndX(), s.getEndY() });
		}
		double lx = 0;
		double ly = 0;
		if (!arrow.getLabels().isEmpty()) {
			ElkLabel label = arrow.getLabels().get(0);
			lx = label.getX() + 2;
			ly = label.getY();
		}
		e.route(points, lx, ly);
	}

	private static double width(DiagramNode n, TextMeasure measure) {
		double w = 0;
		for (int i = 0; i < n.lines().size(); i++) {
			w = Math.max(w, measure.width(n.lines().get(i), i == 0));
		}
		return Math.ceil(w + 2 * PADDING);
	}

	/** ELK finds its algorithms with the Java service loader, which does not see across OSGi bundles. */
	private static synchronized void register() {
		LayoutMetaDataService service = LayoutMetaDataService.getInstance();
		if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
			service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}
	}
}
