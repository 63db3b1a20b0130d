package org.harapan.ui.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.PlatformUI;
import org.harapan.model.Household;

/**
 * The households open in editors, as edited (saved or not): the one place where the views that follow a household
 * ({@link HouseholdPart}) find an editor's unsaved state, so that e.g. the growth chart shows a measurement as soon
 * as it is added. Editors {@link #publish} their household after each change and {@link #withdraw} it when they
 * close; views ask for a {@link #copyOf} it and listen for changes. One per workbench (kept in its context). Use it
 * on the UI thread only.
 */
public final class EditedHouseholds {

	private final Map<String, Household> edited = new HashMap<>();
	private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

	EditedHouseholds() {
	}

	/** The workbench's instance. */
	public static EditedHouseholds get() {
		IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		EditedHouseholds instance = context.get(EditedHouseholds.class);
		if (instance == null) {
			instance = new EditedHouseholds();
			context.set(EditedHouseholds.class, instance);
		}
		return instance;
	}

	/** An editor edits {@code household} (it changed, or it was loaded): views of it show its current state. */
	public void publish(Household household) {
		edited.put(household.getKpmId(), household);
		fire(household.getKpmId());
	}

	/** The editor of {@code household} closed (or reloaded it from the store): views read the store again. */
	public void withdraw(Household household) {
		if (edited.remove(household.getKpmId(), household)) {
			fire(household.getKpmId());
		}
	}

	/** Whether an editor has household {@code kpmId} open. */
	public boolean isEdited(String kpmId) {
		return edited.containsKey(kpmId);
	}

	/** A copy of the household as an editor has it now (for a job to read), if one has it open. */
	public Optional<Household> copyOf(String kpmId) {
		Household h = edited.get(kpmId);
		if (h == null) {
			return Optional.empty();
		}
		Household copy = EcoreUtil.copy(h);
		copy.setVersion(h.getVersion());
		return Optional.of(copy);
	}

	/** {@code listener} is told the KPM id of each household published or withdrawn. */
	public void addListener(Consumer<String> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<String> listener) {
		listeners.remove(listener);
	}

	private void fire(String kpmId) {
		listeners.forEach(l -> l.accept(kpmId));
	}
}
