package org.harapan.ui.programme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ConditionalityRule;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.ui.Perspectives;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.diagram.Diagram;
import org.harapan.ui.diagram.DiagramNode;
import org.harapan.ui.diagram.internal.DiagramView;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Programme designer perspective: the documents navigator lists the installed national programme, which opens
 * in the editor (read-only: saved as a copy); the diagram view shows its structure laid out without overlaps, and
 * clicking a box selects the object in the editor.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DesignerPerspectiveTest {

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theDesignerRoleHasItsPerspective() {
		assertEquals(ProgrammeDesignerPerspective.ID, Perspectives.of(Role.PROGRAMME_DESIGNER));
		assertNotNull(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(
				Perspectives.PROGRAMME_DESIGNER));
		assertFalse(Role.PROGRAMME_DESIGNER.label().isBlank());
	}

	@Test
	void choosingTheDesignerRoleOpensItsPerspective() throws Exception {
		IWorkbenchPage page = Workbench.page();
		WorkingRegion before = WorkingRegion.chosen().orElse(null);
		try {
			new WorkingRegion(Role.PROGRAMME_DESIGNER, "64.01", List.of()).store(); //$NON-NLS-1$
			Workbench.waitUntil(() -> ProgrammeDesignerPerspective.ID.equals(page.getPerspective().getId()),
					"the designer perspective", 10); //$NON-NLS-1$
		} finally {
			if (before != null) {
				before.store();
			} else {
				WorkingRegion.clear();
			}
		}
	}

	@Test
	void navigatorEditorDiagramAndClickSelection() throws Exception {
		IWorkbenchPage page = Workbench.page();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ProgrammeDesignerPerspective.ID));
		page.resetPerspective();
		page.getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		DocumentsView documents = (DocumentsView) page.findView(DocumentsView.ID);
		assertNotNull(documents, "documents navigator in the perspective"); //$NON-NLS-1$
		assertNotNull(page.findView(IPageLayout.ID_OUTLINE), "outline"); //$NON-NLS-1$
		assertNotNull(page.findViewReference(ChangesView.ID), "what would change"); //$NON-NLS-1$
		Workbench.waitUntil(() -> installed(documents) != null, "the installed programmes listed", 30); //$NON-NLS-1$

		documents.open(installed(documents));
		ProgrammeEditor editor = (ProgrammeEditor) page.getActiveEditor();
		assertNotNull(editor);
		assertEquals(Documents.NATIONAL, editor.programme().getId());
		assertTrue(editor.file() == null, "an installed document is not saved over"); //$NON-NLS-1$

		DiagramView diagramView = (DiagramView) page.showView(DiagramView.ID);
		page.activate(editor);
		Workbench.waitUntil(() -> diagramView.viewer().canvas().diagram() != null, "the diagram", 30); //$NON-NLS-1$
		Diagram d = diagramView.viewer().canvas().diagram();
		ParameterVersion latest = Documents.latest(editor.programme());
		assertEquals(1 + latest.getComponents().size() + latest.getConditionalities().size() + 2, d.nodes().size(),
				"version, components, conditionalities, sanction ladder, graduation"); //$NON-NLS-1$
		for (DiagramNode a : d.nodes()) {
			for (DiagramNode b : d.nodes()) {
				assertTrue(a == b || !a.overlaps(b), a + " overlaps " + b); //$NON-NLS-1$
			}
		}
		Workbench.screenshot("designer-perspective-" + Workbench.language()); //$NON-NLS-1$
		diagramView.viewer().canvas().setZoom(1);
		Workbench.screenshotMaximized(diagramView, "programme-diagram-" + Workbench.language()); //$NON-NLS-1$

		ComponentBenefit early = Documents.earlyChildhood(latest);
		Point p = diagramView.viewer().canvas().centre(d.nodeOf(early));
		diagramView.viewer().canvas().click(p.x, p.y);
		assertSame(early, editor.page().details().object(), "the click selected the component in the editor"); //$NON-NLS-1$
		ConditionalityRule first = latest.getConditionalities().get(0);
		Point q = diagramView.viewer().canvas().centre(diagramView.viewer().canvas().diagram().nodeOf(first));
		diagramView.viewer().canvas().click(q.x, q.y);
		assertSame(first, editor.page().details().object());
		assertEquals(List.of(), editor.problems());
	}

	private static Programme installed(DocumentsView documents) {
		Object input = documents.tree().getInput();
		if (input instanceof List<?> groups) {
			for (Object g : groups) {
				if (g instanceof DocumentsView.Group group) {
					for (Object o : group.documents()) {
						if (o instanceof Programme p && p.getId().equals(Documents.NATIONAL)) {
							return p;
						}
					}
				}
			}
		}
		return null;
	}
}
