package org.harapan.ui.cases;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.model.Household;
import org.harapan.store.StoreLocation;

/**
 * A view of the selected household: follows the workbench selection ({@link HouseholdSelection}) and the casework
 * "household changed" events of the household it shows, loads the household through casework and prepares what
 * it shows in a cancellable {@link Job}, then presents it on the UI thread. While an editor has the household open,
 * the view shows the editor's state, saved or not ({@link EditedHouseholds}), and follows its changes.
 *
 * @param <R> what the job prepares for the view
 */
public abstract class HouseholdPart<R> extends ViewPart implements ISelectionListener {

	private HouseholdSelection input;
	private StoreLocation store;
	private Job job;
	private ChangedHouseholds events;
	private final Consumer<String> edits = kpmId -> {
		if (input != null && input.kpmId().equals(kpmId)) {
			reload();
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		createContent(parent);
		ISelectionService selections = getSite().getWorkbenchWindow().getSelectionService();
		selections.addPostSelectionListener(this);
		listenToChanges(parent.getDisplay());
		EditedHouseholds.get().addListener(edits);
		HouseholdSelection.of(selections.getSelection()).ifPresentOrElse(this::setInput,
				() -> presentMessage(Messages.Household_SelectOne));
	}

	/** Creates the view's widgets. */
	protected abstract void createContent(Composite parent);

	/** In the job: what to show of {@code household} (check {@code monitor} for cancellation). */
	protected abstract R prepare(Household household, HouseholdSelection selection, CaseworkService casework,
			IProgressMonitor monitor) throws InterruptedException;

	/** On the UI thread: shows what {@link #prepare} made. */
	protected abstract void present(Household household, R prepared);

	/** On the UI thread: shows a message instead of a household (nothing selected, not found, failed). */
	protected abstract void presentMessage(String message);

	/** The name of the job that prepares the view. */
	protected abstract String jobName();

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != this) {
			HouseholdSelection.of(selection).ifPresent(this::setInput);
		}
	}

	/** Shows household {@code kpmId} (the whole household). */
	public void setInput(String kpmId) {
		setInput(new HouseholdSelection(kpmId, null));
	}

	/** Shows the household (and member) {@code selection} names; reloads when it is the one shown. */
	public void setInput(HouseholdSelection selection) {
		input = Objects.requireNonNull(selection);
		reload();
	}

	/** The household shown, if any. */
	public Optional<HouseholdSelection> input() {
		return Optional.ofNullable(input);
	}

	/** The store households are read from: the data folder's default store unless set here (e.g. a copy). */
	public void setStore(StoreLocation location) {
		store = location;
		reload();
	}

	/** Whether the view is still preparing what it will show. */
	public boolean isBusy() {
		Job current = job;
		return current != null && current.getState() != Job.NONE;
	}

	/** Loads the input again (cancelling a load under way). */
	public void reload() {
		if (input == null || getSite() == null) {
			return;
		}
		if (job != null) {
			job.cancel();
		}
		HouseholdSelection target = input;
		StoreLocation location = store;
		Household edited = location == null ? EditedHouseholds.get().copyOf(target.kpmId()).orElse(null) : null;
		Display display = getSite().getShell().getDisplay();
		job = Job.create(jobName(), (IJobFunction) monitor -> run(target, location, edited, display, monitor));
		job.setUser(false);
		job.schedule();
	}

	private IStatus run(HouseholdSelection target, StoreLocation location, Household edited, Display display,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, jobName(), 10);
		try {
			CaseworkService service = Services.await(CaseworkService.class).orElse(null);
			if (service == null) {
				show(display, target, () -> presentMessage(Messages.Household_NoCasework));
				return Status.OK_STATUS;
			}
			Household household = edited;
			if (household == null) {
				try (Casework casework = location == null ? service.openDefault(progress.split(2))
						: service.open(location, progress.split(2))) {
					household = casework.load(target.kpmId()).orElse(null);
				}
			}
			if (household == null) {
				show(display, target, () -> presentMessage(NLS.bind(Messages.Household_NotFound, target.kpmId())));
				return Status.OK_STATUS;
			}
			Household shown = household;
			R prepared = prepare(shown, target, service, progress.split(8));
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			show(display, target, () -> present(shown, prepared));
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			show(display, target, () -> presentMessage(NLS.bind(Messages.Household_Failed, target.kpmId(),
					e.getMessage())));
			return Status.error(NLS.bind(Messages.Household_Failed, target.kpmId(), e.getMessage()), e);
		}
	}

	/** Runs {@code action} on the UI thread unless the view is gone or shows another household meanwhile. */
	private void show(Display display, HouseholdSelection target, Runnable action) {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (getSite() != null && !getSite().getShell().isDisposed() && target.equals(input)) {
				action.run();
			}
		});
	}

	private void listenToChanges(Display display) {
		events = ChangedHouseholds.listen(display, (kpmId, event) -> {
			if (input != null && input.kpmId().equals(kpmId)) {
				reload();
			}
		});
	}

	@Override
	public void dispose() {
		getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(this);
		EditedHouseholds.get().removeListener(edits);
		if (events != null) {
			events.close();
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
