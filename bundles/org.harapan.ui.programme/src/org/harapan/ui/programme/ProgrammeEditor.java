package org.harapan.ui.programme;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.harapan.casework.documents.DocumentOutcome;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.programme.provider.ProgrammeItemProviderAdapterFactory;
import org.harapan.ui.diagram.DiagramSource;
import org.harapan.ui.programme.internal.Messages;
import org.harapan.ui.programme.internal.ProgrammeOutline;
import org.harapan.ui.programme.internal.ProgrammePage;
import org.harapan.ui.programme.internal.DocumentsView;
import org.harapan.ui.programme.internal.ItemPropertySource;
import org.harapan.ui.programme.internal.ProgrammeVersions;
import org.harapan.ui.programme.internal.StoredProgramme;
import org.harapan.ui.programme.internal.StructureDiagram;

/**
 * The programme editor: a form editor of a {@code .programme} document (outline of versions and their components,
 * caps, tahap, conditionalities, sanction ladder, graduation, aids, parameters and regional overrides, detail
 * fields beside it, the problems below). Every change is an EMF.Edit command on the editor's command stack (undo,
 * redo); the document is checked after each ({@link ProgrammeValidation}). A version of the store's document
 * library saves its draft back to the store; a published one is read-only, and New version, Publish and History
 * work on its versions ({@link ProgrammeVersions}).
 */
public class ProgrammeEditor extends FormEditor implements IEditingDomainProvider {

	public static final String ID = "org.harapan.ui.programme.editor"; //$NON-NLS-1$

	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(List.of(
			new ProgrammeItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
	private final BasicCommandStack commands = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, commands);
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener onCommand = this::commandDone;
	private Programme programme;
	private Path file;
	private StoredProgramme stored;
	private ProgrammeVersions versions;
	private List<Problem> problems = List.of();
	private ProgrammePage page;
	private ProgrammeOutline outline;
	private StructureDiagram structure;
	private final Action undo = new Action(Messages.Editor_Undo) {
		@Override
		public void run() {
			commands.undo();
		}
	};
	private final Action redo = new Action(Messages.Editor_Redo) {
		@Override
		public void run() {
			commands.redo();
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ProgrammeInput p)) {
			throw new PartInitException(NLS.bind(Messages.Editor_NotAProgramme, input.getName()));
		}
		super.init(site, input);
		try {
			if (p.stored() != null) {
				stored = StoredProgramme.open(p.stored());
				programme = stored.document();
				versions = new ProgrammeVersions(this);
			} else {
				programme = p.file() != null ? ProgrammeDocuments.load(p.file()) : EcoreUtil.copy(p.installedProgramme());
			}
		} catch (IOException | RuntimeException e) {
			throw new PartInitException(NLS.bind(Messages.Editor_CannotRead, p.getName(), e.getMessage()), e);
		}
		file = p.file();
		Resource resource = new ResourceImpl();
		resource.getContents().add(programme);
		domain.getResourceSet().getResources().add(resource);
		commands.addCommandStackListener(onCommand);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		problems = ProgrammeValidation.validate(programme);
		updateTitle();
		updateActions();
	}

	@Override
	protected void addPages() {
		page = new ProgrammePage(this);
		try {
			addPage(page);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("programme editor page", e); //$NON-NLS-1$
		}
	}

	/** Commands run in the UI thread (fields, outline, undo and redo), so the listeners are told at once. */
	private void commandDone(EventObject event) {
		afterChange(commands.getMostRecentCommand());
	}

	/** Validates again and tells the page, the outline and the listeners (diagram) that the document changed. */
	private void afterChange(Command command) {
		problems = ProgrammeValidation.validate(programme);
		updateActions();
		firePropertyChange(PROP_DIRTY);
		if (page != null) {
			page.documentChanged(command == null ? List.of() : new ArrayList<>(command.getAffectedObjects()));
		}
		if (outline != null) {
			outline.refresh();
		}
		changeListeners.forEach(Runnable::run);
	}

	private void updateActions() {
		undo.setEnabled(commands.canUndo());
		redo.setEnabled(commands.canRedo());
	}

	/**
	 * Runs {@code command} on the editor's command stack (undoable); false when it cannot be executed or the version
	 * is published (read-only).
	 */
	public boolean execute(Command command) {
		if (command == null || isReadOnly() || !command.canExecute()) {
			return false;
		}
		commands.execute(command);
		return true;
	}

	/** Undoes the last change. */
	public void undo() {
		commands.undo();
	}

	/** Redoes the last undone change. */
	public void redo() {
		commands.redo();
	}

	public CommandStack commandStack() {
		return commands;
	}

	public Action undoAction() {
		return undo;
	}

	public Action redoAction() {
		return redo;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public ComposedAdapterFactory adapters() {
		return adapters;
	}

	/** The document being edited. */
	public Programme programme() {
		return programme;
	}

	/** The problems of the document as it is now. */
	public List<Problem> problems() {
		return problems;
	}

	/** The file the document is saved to, or {@code null} for an installed document not yet saved as a copy. */
	public Path file() {
		return file;
	}

	/** Selects {@code element} in the outline of the form (and shows its details). */
	public void select(Object element) {
		setActivePage(0);
		page.select(element);
	}

	public ProgrammePage page() {
		return page;
	}

	/** Calls {@code listener} in the UI thread after every change of the document. */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	@Override
	public boolean isDirty() {
		return commands.isSaveNeeded();
	}

	/** Whether the document is a published version of the store (read-only: start a new version to change it). */
	public boolean isReadOnly() {
		return stored != null && stored.published();
	}

	/** The store's version being edited, or {@code null} for a file or an installed document. */
	public StoredProgramme stored() {
		return stored;
	}

	/** New version, publish and history of a stored document, or {@code null} for a file or an installed one. */
	public ProgrammeVersions versions() {
		return versions;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (stored != null) {
			saveDraft();
			return;
		}
		if (file == null) {
			doSaveAs();
			return;
		}
		saveTo(file);
	}

	/** Saves the draft to the store's library; false (with a message) when it was refused or is published. */
	public boolean saveDraft() {
		String refusal;
		try {
			DocumentOutcome<Programme> outcome = isReadOnly() ? null : stored.saveDraft(programme);
			refusal = outcome == null ? Messages.Editor_Published : outcome.isStored() ? null : outcome.refusal();
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("saving " + getPartName() + " to the store", e); //$NON-NLS-1$ //$NON-NLS-2$
			refusal = e.getMessage();
		}
		if (refusal != null) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_SaveFailed,
					NLS.bind(Messages.Editor_StoreSaveFailed, getPartName(), refusal));
			return false;
		}
		commands.saveIsDone();
		firePropertyChange(PROP_DIRTY);
		refreshDocuments();
		return true;
	}

	/** Lists the documents again in the documents navigator (after a save, a new or published version). */
	public void refreshDocuments() {
		DocumentsView.refreshIn(getSite().getPage());
	}

	/** Writes the document to {@code target} (which it is then saved to); false when it could not be written. */
	public boolean saveTo(Path target) {
		try (OutputStream out = Files.newOutputStream(target)) {
			ProgrammeDocuments.save(EcoreUtil.copy(programme), out);
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("saving " + target, e); //$NON-NLS-1$
			MessageDialog.openError(getSite().getShell(), Messages.Editor_SaveFailed,
					NLS.bind(Messages.Editor_SaveFailedDetail, target, e.getMessage()));
			return false;
		}
		file = target;
		commands.saveIsDone();
		refreshDocuments(); // a copy saved in the data folder is listed
		setInputWithNotify(ProgrammeInput.of(target));
		updateTitle();
		firePropertyChange(PROP_DIRTY);
		return true;
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + ProgrammeDocuments.EXTENSION }); //$NON-NLS-1$
		dialog.setFileName(programme.getId() + "." + ProgrammeDocuments.EXTENSION); //$NON-NLS-1$
		DocumentsView.folder().ifPresent(folder -> dialog.setFilterPath(folder.toString()));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveTo(Path.of(chosen));
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return stored == null; // a stored document changes by versions
	}

	private void updateTitle() {
		setPartName(getEditorInput().getName());
		setTitleToolTip(getEditorInput().getToolTipText());
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == DiagramSource.class) {
			if (structure == null) {
				structure = new StructureDiagram(this);
			}
			return type.cast(structure);
		}
		if (type == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new ProgrammeOutline(this);
			}
			return type.cast(outline);
		}
		if (type == IPropertySheetPage.class) {
			PropertySheetPage sheet = new PropertySheetPage();
			sheet.setPropertySourceProvider(ItemPropertySource.provider(adapters));
			return type.cast(sheet);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		commands.removeCommandStackListener(onCommand);
		adapters.dispose();
		if (stored != null) {
			stored.close();
		}
		super.dispose();
	}
}
