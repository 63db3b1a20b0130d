package org.harapan.ui.household.internal.editor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.harapan.model.CaseEvent;
import org.harapan.model.Household;

/**
 * What the pages of one household file share: the editing domain, the problems, the user editing it and which case
 * events are stored, and the notice that the household changed (a command, undo, redo, a reload) so that each page
 * shows it again; a page tells what the user selected.
 */
public final class FileContext {

	private final HouseholdDomain domain = new HouseholdDomain();
	private final Problems problems = new Problems();
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private final Consumer<Object> selection;
	private final Set<CaseEvent> storedEvents = Collections.newSetFromMap(new IdentityHashMap<>());
	private String user;

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

	/** The user of the casework session the file is saved with (who a new case event is by). */
	public void connect(String sessionUser) {
		user = sessionUser;
	}

	/** Who edits the file, or {@code null} before it is loaded. */
	public String user() {
		return user;
	}

	/** Remembers the case events as stored (after a load or a save): those added later are unsaved. */
	public void markStored() {
		storedEvents.clear();
		if (household() != null) {
			storedEvents.addAll(household().getEvents());
		}
	}

	/** Whether {@code event} is one the user added and has not saved yet: they may change and remove it. */
	public boolean isOwnUnsaved(Object event) {
		return event instanceof CaseEvent e && !storedEvents.contains(e) && user != null
				&& Objects.equals(user, e.getWho());
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
