package org.harapan.ui.programme.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.ProgrammeLabels;

/**
 * The page of the programme editor: the outline of the document (left), the fields of the selected object (right),
 * the problems of the document (below); in the header Undo, Redo and "What would change?".
 */
public class ProgrammePage extends FormPage {

	public static final String ID = "org.harapan.ui.programme.page"; //$NON-NLS-1$

	private final ProgrammeEditor editor;
	private TreeViewer tree;
	private DetailsPart details;
	private ProblemsSection problems;
	private ScrolledForm form;

	public ProgrammePage(ProgrammeEditor editor) {
		super(editor, ID, Messages.Page_Title);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managed) {
		form = managed.getForm();
		FormToolkit toolkit = managed.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(form.getBody());
		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(sash);

		Section outline = toolkit.createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
		outline.setText(Messages.Page_Outline);
		outline.setDescription(Messages.Page_OutlineHelp);
		tree = ProgrammeTree.create(outline, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL, editor);
		outline.setClient(tree.getControl());

		Section fields = toolkit.createSection(sash, Section.TITLE_BAR);
		fields.setText(Messages.Page_Details);
		details = new DetailsPart(fields, toolkit, editor);
		fields.setClient(details.control());
		sash.setWeights(45, 55);

		problems = new ProblemsSection(form.getBody(), toolkit, this::select);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 150).applyTo(problems.control());

		tree.addSelectionChangedListener(e -> {
			Object first = tree.getStructuredSelection().getFirstElement();
			details.show(first instanceof EObject o ? o : null);
			fields.layout(true, true);
		});
		tree.expandToLevel(2);
		getSite().setSelectionProvider(tree); // the Properties view follows the outline's selection
		fillHeader(form.getToolBarManager());
		form.updateToolBar();
		documentChanged(List.of());
		select(editor.programme());
	}

	private void fillHeader(IToolBarManager bar) {
		bar.add(editor.undoAction());
		bar.add(editor.redoAction());
		bar.add(new Action(Messages.Page_WhatWouldChange) {
			@Override
			public void run() {
				WhatWouldChange.ask(editor);
			}
		});
		if (editor.versions() != null) {
			editor.versions().fill(bar);
		}
	}

	/** Refreshes the outline, the fields and the problems after a change; selects the objects it affected. */
	public void documentChanged(List<?> affected) {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		form.setText(editor.versions() == null ? ProgrammeLabels.text(editor.programme())
				: ProgrammeLabels.text(editor.programme()) + " \u2014 " + editor.versions().state()); //$NON-NLS-1$
		tree.refresh(true);
		List<?> alive = affected.stream().filter(o -> o instanceof EObject e && e.eResource() != null).toList();
		if (!alive.isEmpty()) {
			tree.setSelection(new StructuredSelection(alive), true);
		} else if (details.object() != null && details.object().eResource() == null) {
			details.show(null); // removed
		}
		details.refresh();
		problems.show(editor.problems());
		form.setMessage(editor.problems().isEmpty() ? null : NLS.bind(Messages.Page_ProblemCount,
				editor.problems().size()), editor.problems().isEmpty() ? 0 : org.eclipse.jface.dialogs.IMessageProvider.ERROR);
	}

	/** Selects {@code element} in the outline (its fields then show). */
	public void select(Object element) {
		tree.setSelection(new StructuredSelection(element), true);
	}

	public TreeViewer tree() {
		return tree;
	}

	public DetailsPart details() {
		return details;
	}

	public ProblemsSection problems() {
		return problems;
	}
}
