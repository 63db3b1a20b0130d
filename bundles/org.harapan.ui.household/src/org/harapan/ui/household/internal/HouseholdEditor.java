package org.harapan.ui.household.internal;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.harapan.casework.Casework;
import org.harapan.casework.HouseholdEvents;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;
import org.harapan.ui.UiFeedback;
import org.harapan.ui.cases.EditedHouseholds;
import org.harapan.ui.cases.ChangedHouseholds;
import org.harapan.ui.household.HouseholdEditorInput;
import org.harapan.ui.household.internal.editor.EditorSelection;
import org.harapan.ui.household.internal.editor.FileContext;
import org.harapan.ui.household.internal.editor.FilePages;
import org.harapan.ui.household.internal.editor.LiveValidation;
import org.harapan.ui.household.internal.editor.UndoRedo;
import org.osgi.service.event.Event;

/**
 * The household file: a multi-page editor over the household's EMF tree (overview, members, measurements, P2K2
 * attendance, commitments, disbursements, referrals, case events), loaded and saved through casework. Every edit is
 * an EMF.Edit command, so Edit > Undo / Redo and the dirty state follow, and is checked by casework's validation a
 * moment later ({@link LiveValidation}); while it is open the household as edited is published
 * ({@link EditedHouseholds}) for the views that follow it, and the member looked at is the selection.
 */
public class HouseholdEditor extends MultiPageEditorPart {

	private final EditorSelection selection = new EditorSelection();
	private FileContext file;
	private UndoRedo undoRedo;
	private FilePages pages;
	private HouseholdSaver saver;
	private ChangedHouseholds changes;
	private LiveValidation validation;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof HouseholdEditorInput)) {
			throw new PartInitException("Not a household: " + input); //$NON-NLS-1$
		}
		super.init(site, input);
		site.setSelectionProvider(selection);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		file = new FileContext(this::select);
		undoRedo = new UndoRedo(file.domain().stack());
		saver = new HouseholdSaver(this, file);
		file.domain().stack().addCommandStackListener(e -> {
			firePropertyChange(PROP_DIRTY);
			Household h = file.household();
			if (h != null) {
				EditedHouseholds.get().publish(h);
			}
		});
	}

	String kpmId() {
		return ((HouseholdEditorInput) getEditorInput()).kpmId();
	}

	@Override
	protected void createPages() {
		validation = new LiveValidation(getContainer().getDisplay(), file);
		pages = new FilePages(getContainer(), file);
		pages.addTo(this::addPage, this::setPageText);
		changes = ChangedHouseholds.listen(getContainer().getDisplay(), this::savedElsewhere);
		load();
	}

	/**
	 * Another casework session saved household {@code kpmId}: a file without changes shows the new version; one with
	 * changes keeps them and says so (its save will then be refused as a conflict, with reload and compare).
	 */
	private void savedElsewhere(String kpmId, Event event) {
		Household h = file.household();
		if (h == null || !kpmId.equals(h.getKpmId())
				|| !(event.getProperty(HouseholdEvents.VERSION) instanceof Long version) || version == h.getVersion()) {
			return;
		}
		if (isDirty()) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(NLS.bind(
					Messages.Editor_SavedElsewhere, event.getProperty(HouseholdEvents.USER), version));
		} else {
			saver.reload();
		}
	}

	private void load() {
		Job.create(NLS.bind(Messages.Editor_JobName, kpmId()), (IProgressMonitor monitor) -> {
			try {
				Casework casework = CaseworkSession.get(monitor);
				Optional<Household> loaded = casework.load(kpmId());
				getSite().getShell().getDisplay().asyncExec(() -> show(casework, loaded.orElse(null)));
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				String message = NLS.bind(Messages.Editor_LoadFailed, kpmId(), e.getMessage());
				getSite().getShell().getDisplay().asyncExec(() -> {
					if (!pages.isDisposed()) {
						pages.message(message);
					}
				});
				return UiFeedback.error(message, e);
			}
		}).schedule();
	}

	private void show(Casework casework, Household loaded) {
		if (pages.isDisposed()) {
			return;
		}
		if (loaded == null) {
			pages.message(NLS.bind(Messages.Editor_NotFound, kpmId()));
			return;
		}
		saver.connect(casework);
		file.connect(casework.user());
		validation.connect(casework::validate);
		edit(loaded);
	}

	/** Edits {@code loaded} from now on (first load or reload): no undo history, not dirty, no problems. */
	void edit(Household loaded) {
		Household before = file.household();
		if (before != null) {
			EditedHouseholds.get().withdraw(before);
		}
		file.problems().clear();
		file.domain().edit(loaded);
		file.markStored();
		validation.schedule();
		Member head = loaded.head();
		setPartName(head == null || head.getName() == null ? kpmId() : head.getName());
		EditedHouseholds.get().publish(loaded);
		file.changed();
		firePropertyChange(PROP_DIRTY);
		select(loaded);
	}

	/** Publishes what the user looks at: a member (of a measurement too), else the household. */
	private void select(Object element) {
		Object shown = switch (element) {
		case Member m -> m;
		case Measurement m when m.getMember() != null -> m.getMember();
		case null, default -> file.household();
		};
		selection.set(shown);
	}

	/** The household shown, once loaded. */
	public Household household() {
		return file == null ? null : file.household();
	}

	/** The pages (for tests and the save's problem navigation). */
	public FilePages pages() {
		return pages;
	}

	FileContext file() {
		return file;
	}

	/** The validation while editing (for tests). */
	LiveValidation validation() {
		return validation;
	}

	/** Undo and redo of this file: the Edit menu's handlers while it is active. */
	UndoRedo undoRedo() {
		return undoRedo;
	}

	@Override
	protected void pageChange(int newPageIndex) {
		pages.ensure(newPageIndex);
		super.pageChange(newPageIndex);
	}

	/** How many pages the file has. */
	int pagesCount() {
		return getPageCount();
	}

	/** The page shown. */
	int activePage() {
		return getActivePage();
	}

	/** Shows page {@code index} (0 overview, 1 members, 2 measurements, …). */
	public void showPage(int index) {
		setActivePage(index);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		saver.save(monitor);
	}

	/** After a save: not dirty any more. */
	void saved() {
		file.domain().stack().saveIsDone();
		file.markStored();
		file.changed();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		// a household file is saved in the store only
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return file != null && file.domain().stack().isSaveNeeded();
	}

	@Override
	public void dispose() {
		if (file != null && file.household() != null) {
			EditedHouseholds.get().withdraw(file.household());
		}
		if (pages != null) {
			pages.dispose();
		}
		if (changes != null) {
			changes.close();
		}
		if (validation != null) {
			validation.dispose();
		}
		if (file != null) {
			file.domain().dispose();
		}
		super.dispose();
	}
}
