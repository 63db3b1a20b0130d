package org.harapan.ui.curriculum.internal;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.documents.DocumentOutcome;
import org.harapan.casework.documents.Versioned;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.library.CurriculumLibrary;
import org.harapan.curriculum.library.CurriculumService;
import org.harapan.curriculum.versions.Curricula;
import org.harapan.store.DocumentInfo;
import org.harapan.ui.curriculum.CurriculumEditorInput;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The curriculum editor: the outline of modules, sessions and steps beside the details of the selected one, both
 * languages side by side. Every change is an EMF.Edit command (undo, redo), validated at once and shown at the
 * field; saving stores the draft version through the curriculum service. A published version opens read-only;
 * "New version", "Publish…" and "Compare…" work on the document's versions.
 */
public class CurriculumEditor extends EditorPart implements IEditingDomainProvider {

	private Casework casework;
	private CurriculumLibrary library;
	private Curriculum curriculum;
	private DocumentInfo info;
	private final AdapterFactoryEditingDomain domain = EditorBody.domain();
	private EditorBody body;
	private Label header;
	private Label status;
	private Button undoButton;
	private Button redoButton;
	private final Action undo = new StackAction(true);
	private final Action redo = new StackAction(false);

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CurriculumEditorInput in)) {
			throw new PartInitException("Not a curriculum: " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		try {
			CaseworkService caseworks = service(CaseworkService.class);
			IProgressMonitor monitor = new NullProgressMonitor();
			casework = in.location() == null ? caseworks.openDefault(monitor) : caseworks.open(in.location(), monitor);
			library = service(CurriculumService.class).library(casework);
			Versioned<Curriculum> loaded = (in.version() > 0 ? library.load(in.id(), in.version())
					: library.latest(in.id())).orElseThrow(() -> new IOException(in.getName()));
			curriculum = loaded.document();
			info = loaded.info();
		} catch (IOException | RuntimeException | InterruptedException e) {
			if (casework != null) {
				casework.close();
			}
			throw new PartInitException(NLS.bind(Messages.openFailed, in.getName(), e.getMessage()), e);
		}
		setPartName(curriculum.getId() + " " + curriculum.getVersion()); //$NON-NLS-1$
		setTitleToolTip(in.getToolTipText());
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(CurriculumEditor.class).getBundleContext(), type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(30_000);
			if (service == null) {
				throw new IllegalStateException(type.getName() + " is not available"); //$NON-NLS-1$
			}
			return service;
		} finally {
			tracker.close();
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
		Composite top = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		header = new Label(top, SWT.NONE);
		header.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(header);
		VersionActions versions = new VersionActions(this);
		undoButton = button(top, Messages.undo, undo::run);
		redoButton = button(top, Messages.redo, redo::run);
		button(top, Messages.newVersion, versions::newVersion);
		button(top, Messages.publish, versions::publish).setEnabled(!readOnly());
		button(top, Messages.compare, versions::compare);
		button(top, Messages.history, versions::history);
		if (readOnly()) {
			Label banner = new Label(root, SWT.WRAP);
			banner.setText(Messages.readOnly);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		}
		body = new EditorBody(root, domain, this::readOnly);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body.control());
		status = new Label(root, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
		OutlineTree outline = body.outline();
		getSite().setSelectionProvider(outline.viewer());
		domain.getCommandStack().addCommandStackListener(e -> changed());
		IActionBars bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
		body.show(curriculum);
		changed();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** After every change, undo and redo: dirty state, validation, outline, details. */
	private void changed() {
		firePropertyChange(PROP_DIRTY);
		EditorBody.Problems found = body.problems(library.kind().validate(curriculum, null));
		status.setText(found.errors() + found.warnings() == 0 ? Messages.noProblems
				: NLS.bind(Messages.problems, new Object[] { found.errors(), found.warnings(), found.first() }));
		header.setText(NLS.bind(Messages.header, new Object[] { curriculum.getId(), curriculum.getVersion(),
				info.isPublished() ? NLS.bind(Messages.published, info.effectiveFrom()) : Messages.draft }));
		undo.setEnabled(domain.getCommandStack().canUndo());
		redo.setEnabled(domain.getCommandStack().canRedo());
		undoButton.setEnabled(undo.isEnabled());
		redoButton.setEnabled(redo.isEnabled());
		status.getParent().layout(true, true);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		save();
	}

	/** Stores the draft; {@code false} (with a message) when it was refused. */
	public boolean save() {
		try {
			DocumentOutcome<Curriculum> outcome = library.saveDraft(curriculum, "curriculum editor"); //$NON-NLS-1$
			if (!outcome.isStored()) {
				MessageDialog.openError(getSite().getShell(), getPartName(),
						NLS.bind(Messages.saveFailed, outcome.refusal()));
				return false;
			}
			info = outcome.info();
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			changed();
			return true;
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), getPartName(), NLS.bind(Messages.saveFailed, e.getMessage()));
			return false;
		}
	}

	@Override
	public void doSaveAs() {
		// versions are made with "New version"
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		body.outline().viewer().getControl().setFocus();
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public void dispose() {
		if (casework != null) {
			casework.close();
		}
		super.dispose();
	}

	boolean readOnly() {
		return Curricula.isReadOnly(curriculum);
	}

	Curriculum curriculum() {
		return curriculum;
	}

	DocumentInfo info() {
		return info;
	}

	CurriculumLibrary library() {
		return library;
	}

	OutlineTree outline() {
		return body.outline();
	}

	DetailPage details() {
		return body.details();
	}

	Action undoAction() {
		return undo;
	}

	Action redoAction() {
		return redo;
	}

	private final class StackAction extends Action {
		private final boolean undoes;

		StackAction(boolean undoes) {
			this.undoes = undoes;
		}

		@Override
		public void run() {
			if (undoes) {
				domain.getCommandStack().undo();
			} else {
				domain.getCommandStack().redo();
			}
		}
	}
}
