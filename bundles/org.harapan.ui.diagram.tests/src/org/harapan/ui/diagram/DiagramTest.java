package org.harapan.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Layout, drawing, zoom, click selection and export of a diagram, on a shell of the running workbench. */
@ExtendWith(ScreenshotOnFailure.class)
class DiagramTest {

	private Shell shell;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		shell.setSize(900, 600);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	/** A root with three children, each with two grandchildren sharing one great-grandchild: 11 nodes. */
	static Diagram sample(List<String> elements) {
		Diagram d = new Diagram("sample"); //$NON-NLS-1$
		String rootElement = "root"; //$NON-NLS-1$
		elements.add(rootElement);
		DiagramNode root = d.node(rootElement, NodeStyle.ROOT, "Programme", "pkh.national"); //$NON-NLS-1$ //$NON-NLS-2$
		String lastElement = "sanction"; //$NON-NLS-1$
		DiagramNode last = d.node(lastElement, NodeStyle.WARNING, "Sanction ladder", "10 % a month"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < 3; i++) {
			String c = "component " + i; //$NON-NLS-1$
			elements.add(c);
			DiagramNode child = d.node(c, NodeStyle.PRIMARY, c, "Rp 3,000,000 a year"); //$NON-NLS-1$
			d.edge(root, child, "");
			for (int j = 0; j < 2; j++) {
				String g = "conditionality " + i + "." + j; //$NON-NLS-1$ //$NON-NLS-2$
				elements.add(g);
				DiagramNode gc = d.node(g, NodeStyle.SECONDARY, g);
				d.edge(child, gc, j == 0 ? "every 3 months" : ""); //$NON-NLS-1$
				d.edge(gc, last, "");
			}
		}
		elements.add(lastElement);
		return d;
	}

	@Test
	void layoutPlacesEveryNodeWithoutOverlapInLayersAlongTheArrows() {
		Diagram d = sample(new ArrayList<>());
		DiagramLayout.layout(d, TextMeasure.ESTIMATE);
		for (DiagramNode a : d.nodes()) {
			assertTrue(a.width() > 0 && a.height() > 0, a + " has a size"); //$NON-NLS-1$
			assertTrue(a.width() >= TextMeasure.ESTIMATE.width(a.lines().get(0), true), a + " fits its title"); //$NON-NLS-1$
			for (DiagramNode b : d.nodes()) {
				assertTrue(a == b || !a.overlaps(b), a + " overlaps " + b); //$NON-NLS-1$
			}
		}
		for (DiagramEdge e : d.edges()) {
			assertTrue(e.target().x() > e.source().x() + e.source().width(), "left to right: " + e.source()); //$NON-NLS-1$
			assertTrue(e.route().size() >= 2, "routed"); //$NON-NLS-1$
		}
		assertTrue(d.width() > 0 && d.height() > 0);
		for (int i = 1; i < 3; i++) { // the components keep the order they were added in, top to bottom
			assertTrue(d.nodeOf("component " + (i - 1)).y() < d.nodeOf("component " + i).y()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void clickingANodeSelectsItsObjectAndZoomScalesTheHitArea() {
		List<String> elements = new ArrayList<>();
		Diagram d = sample(elements);
		DiagramViewer viewer = new DiagramViewer(shell);
		List<Object> clicked = new ArrayList<>();
		viewer.onClick(clicked::add);
		viewer.setDiagram(d);
		shell.open();
		DiagramNode target = d.nodeOf("component 1"); //$NON-NLS-1$
		Point p = viewer.canvas().centre(target);
		viewer.canvas().click(p.x, p.y);
		assertEquals(List.of("component 1"), clicked); //$NON-NLS-1$
		assertSame(target, viewer.canvas().selected());

		viewer.canvas().setZoom(2);
		Point zoomed = viewer.canvas().centre(target);
		assertEquals(2 * p.x, zoomed.x, 2);
		viewer.canvas().click(zoomed.x, zoomed.y);
		assertEquals(2, clicked.size());
		assertEquals(new Point((int) Math.ceil(d.width() * 2), (int) Math.ceil(d.height() * 2)),
				viewer.canvas().canvas().getSize());

		viewer.canvas().click(1, 1); // the margin: nothing
		assertNull(viewer.canvas().selected());
		assertEquals(2, clicked.size());
	}

	@Test
	void zoomStaysWithinItsBounds() {
		DiagramViewer viewer = new DiagramViewer(shell);
		viewer.setDiagram(sample(new ArrayList<>()));
		viewer.canvas().setZoom(100);
		assertEquals(DiagramCanvas.MAX_ZOOM, viewer.canvas().zoom());
		viewer.canvas().setZoom(0.001);
		assertEquals(DiagramCanvas.MIN_ZOOM, viewer.canvas().zoom());
	}

	@Test
	void exportsPngAndSvgOfTheWholeDiagram(@TempDir Path dir) throws Exception {
		DiagramViewer viewer = new DiagramViewer(shell);
		Diagram d = sample(new ArrayList<>());
		viewer.setDiagram(d);
		Path png = dir.resolve("d.png"); //$NON-NLS-1$
		Path svg = dir.resolve("d.svg"); //$NON-NLS-1$
		viewer.exportTo(png);
		viewer.exportTo(svg);
		ImageData image = new ImageData(png.toString());
		assertEquals((int) Math.ceil(d.width() * 2), image.width);
		String text = Files.readString(svg);
		assertTrue(text.startsWith("<?xml"), text); //$NON-NLS-1$
		assertEquals(d.nodes().size(), count(text, "<rect x="), "a rect per node"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(d.edges().size(), count(text, "<polyline"), "a line per edge"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(text.contains(">Sanction ladder</text>"), text); //$NON-NLS-1$
		assertFalse(SvgExport.svg(new Diagram("a < b")).contains("a < b")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
