package org.harapan.ui.household.internal.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.harapan.model.Household;

/**
 * What the pages of one household file share: the editing domain, the problems, and the notice that the household
 * changed (a command, undo, redo, a reload) so that each page shows it again; a page tells what the user selected.
 */
public final class FileContext {

	private final HouseholdDomain domain = new HouseholdDomain();
	private final Problems problems = new Problems();
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private final Consumer<Object> selection;

	/** {@code selection} receives what the user selects on a page (a member, a record), for the workbench. */
	public FileContext(Consumer<Object> selection) {
		this.selection = selection;
		domain.stack().addCommandStackListener(e -> changed());
		problems.addListener(this::changed);
	}

	public HouseholdDomain domain() {
		return domain;
	}

	public Problems problems() {
		return problems;
	}

	/** The household being edited, or {@code null} before it is loaded. */
	public Household household() {
		return domain.household();
	}

	/** Runs {@code listener} after each change of the household or its problems (on the UI thread). */
	public void onChange(Runnable listener) {
		changeListeners.add(listener);
	}

	/** Tells every page the household changed. */
	public void changed() {
		changeListeners.forEach(Runnable::run);
	}

	/** The user selected {@code element} on a page. */
	public void select(Object element) {
		selection.accept(element);
	}
}
