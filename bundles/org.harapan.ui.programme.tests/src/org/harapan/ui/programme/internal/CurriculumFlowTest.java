package org.harapan.ui.programme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.harapan.ui.curriculum.CurriculumEditorInput;
import org.harapan.ui.curriculum.CurriculumUi;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.curriculum.versions.Curricula;
import org.harapan.ui.diagram.Diagram;
import org.harapan.ui.diagram.DiagramLayout;
import org.harapan.ui.diagram.DiagramNode;
import org.harapan.ui.diagram.TextMeasure;
import org.harapan.ui.diagram.internal.DiagramView;
import org.harapan.ui.programme.curriculum.CurriculumFlowDiagram;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The curriculum flow diagram: the national P2K2 curriculum's modules and sessions in delivery order with the month a
 * group reaches each, laid out without overlaps; a curriculum selected in the documents navigator shows in the
 * Diagram view.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CurriculumFlowTest {

	@Test
	void theNationalCurriculumFlowHasEveryModuleAndSessionWithItsMonth() throws Exception {
		Curriculum national = CurriculumDocuments.national();
		Diagram d = CurriculumFlowDiagram.of(national);
		int modules = Curricula.allModules(national).size();
		int sessions = Curricula.allModules(national).stream().mapToInt(m -> m.getSessions().size()).sum();
		assertEquals(1 + modules + sessions, d.nodes().size());
		assertEquals(5, national.getModules().size());
		List<Session> order = Curricula.deliveryOrder(national);
		assertEquals(14, order.size());
		Session last = order.get(13);
		assertTrue(d.nodeOf(last).lines().get(1).contains(String.valueOf(Curricula.month(national, last))),
				d.nodeOf(last).lines().toString());
		Module first = national.getModules().get(0);
		assertTrue(d.edges().stream().anyMatch(e -> e.source().element() == first
				&& e.target().element() == first.getSessions().get(0)), "a module leads to its sessions"); //$NON-NLS-1$
		DiagramLayout.layout(d, TextMeasure.ESTIMATE);
		for (DiagramNode a : d.nodes()) {
			for (DiagramNode b : d.nodes()) {
				assertTrue(a == b || !a.overlaps(b), a + " overlaps " + b); //$NON-NLS-1$
			}
		}
	}

	@Test
	void aCurriculumSelectedInTheNavigatorShowsItsFlowInTheDiagramView() throws Exception {
		IWorkbenchPage page = Workbench.page();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ProgrammeDesignerPerspective.ID));
		page.getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		DocumentsView documents = (DocumentsView) page.showView(DocumentsView.ID);
		documents.refresh();
		Workbench.waitUntil(() -> curriculum(documents) != null, "the stored curricula listed", 60); //$NON-NLS-1$
		DiagramView view = (DiagramView) page.showView(DiagramView.ID);
		page.activate(documents);
		documents.tree().setSelection(new StructuredSelection(curriculum(documents)), true);
		Workbench.waitUntil(() -> view.viewer().canvas().diagram() != null
				&& view.viewer().canvas().diagram().nodes().get(0).element() instanceof Curriculum, "the flow shown", 30); //$NON-NLS-1$
		assertNotNull(view.viewer().canvas().diagram().nodeOf(view.viewer().canvas().diagram().nodes().get(0).element()));
		view.viewer().canvas().setZoom(0.8);
		Workbench.screenshotMaximized(view, "curriculum-diagram-" + Workbench.language()); //$NON-NLS-1$

		documents.open(curriculum(documents)); // double-click: the curriculum editor
		IEditorPart editor = page.getActiveEditor();
		assertTrue(editor instanceof org.eclipse.emf.edit.domain.IEditingDomainProvider, String.valueOf(editor));
		try {
			view.viewer().canvas().fit();
			Workbench.screenshot("designer-curriculum-" + Workbench.language()); //$NON-NLS-1$
		} finally {
			page.closeEditor(editor, false);
		}
	}

	@Test
	void theCurriculumEditorHasItsFlowDiagramAndAClickSelectsTheSessionInItsOutline() throws Exception {
		IWorkbenchPage page = Workbench.page();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ProgrammeDesignerPerspective.ID));
		DiagramView view = (DiagramView) page.showView(DiagramView.ID);
		IEditorPart editor = CurriculumUi.open(page, new CurriculumEditorInput(null, CurriculumDocuments.NATIONAL_ID, 0));
		try {
			page.activate(editor);
			Workbench.waitUntil(() -> view.viewer().canvas().diagram() != null
					&& view.viewer().canvas().diagram().nodes().get(0).element() instanceof Curriculum
					&& editor.getSite().getSelectionProvider() != null, "the editor's flow", 30); //$NON-NLS-1$
			Diagram d = view.viewer().canvas().diagram();
			Session third = ((Curriculum) d.nodes().get(0).element()).getModules().get(0).getSessions().get(2);
			view.viewer().canvas().setZoom(1);
			Point p = view.viewer().canvas().centre(d.nodeOf(third));
			view.viewer().canvas().click(p.x, p.y);
			Workbench.waitUntil(() -> third.equals(((IStructuredSelection) editor.getSite().getSelectionProvider()
					.getSelection()).getFirstElement()), "the session selected in the editor", 10); //$NON-NLS-1$
		} finally {
			page.closeEditor(editor, false);
		}
	}

	private static StoreDocuments.Stored curriculum(DocumentsView documents) {
		if (documents.tree().getInput() instanceof List<?> groups) {
			for (Object g : groups) {
				if (g instanceof DocumentsView.Group group) {
					for (Object o : group.documents()) {
						if (o instanceof StoreDocuments.Stored s && s.document() instanceof Curriculum) {
							return s;
						}
					}
				}
			}
		}
		return null;
	}
}
