package org.harapan.ui.household.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.harapan.casework.Casework;
import org.harapan.casework.ChangeResult;
import org.harapan.model.Household;
import org.harapan.store.StoreException;
import org.harapan.ui.UiFeedback;
import org.harapan.ui.cases.UiLanguage;
import org.harapan.ui.household.internal.editor.CompareDialog;
import org.harapan.ui.household.internal.editor.ConflictDialog;
import org.harapan.ui.household.internal.editor.FileContext;
import org.harapan.ui.household.internal.editor.FilePages;
import org.harapan.ui.household.internal.editor.HouseholdDiff;

/**
 * Saves a household file through casework, which validates and saves in one step: the problems of a refused save
 * are shown at their fields and listed; a save refused because someone else saved meanwhile opens the
 * {@link ConflictDialog} (reload or compare, never an overwrite); a failure of the store is a message, the detail
 * goes to the log.
 */
final class HouseholdSaver {

	private final HouseholdEditor editor;
	private final FileContext file;
	private Casework casework;

	HouseholdSaver(HouseholdEditor editor, FileContext file) {
		this.editor = editor;
		this.file = file;
	}

	void connect(Casework session) {
		casework = session;
	}

	void save(IProgressMonitor monitor) {
		Household household = file.household();
		if (household == null || casework == null) {
			monitor.setCanceled(true);
			return;
		}
		ChangeResult result;
		try {
			result = casework.save(household, Messages.Editor_SaveDescription);
		} catch (StoreException e) {
			monitor.setCanceled(true);
			UiFeedback.showError(NLS.bind(Messages.Editor_SaveFailed, household.getKpmId(), e.getMessage()), e);
			return;
		}
		switch (result.outcome()) {
		case SAVED, UNCHANGED -> {
			file.problems().clear();
			editor.saved();
			status(result.message(UiLanguage.code()), false);
		}
		case INVALID -> {
			monitor.setCanceled(true);
			List<Diagnostic> errors = result.errors();
			file.problems().validated(errors);
			status(NLS.bind(Messages.Editor_Invalid, errors.size()), true);
			if (!errors.isEmpty() && !errors.get(0).getData().isEmpty()
					&& errors.get(0).getData().get(0) instanceof EObject at) {
				editor.showPage(FilePages.pageOf(at));
			}
		}
		case CONFLICT -> {
			monitor.setCanceled(true);
			conflict(result);
		}
		case NOT_FOUND -> {
			monitor.setCanceled(true);
			MessageDialog.openError(shell(), Messages.Editor_SaveTitle, result.message(UiLanguage.code()));
		}
		}
	}

	private void conflict(ChangeResult result) {
		int choice = new ConflictDialog(shell(), result).open();
		if (choice == ConflictDialog.RELOAD) {
			reload();
		} else if (choice == ConflictDialog.COMPARE) {
			Household theirs = casework.load(result.kpmId()).orElse(null);
			if (theirs != null && new CompareDialog(shell(), result.kpmId(), result.changedBy(),
					HouseholdDiff.of(file.household(), theirs)).open() == CompareDialog.RELOAD) {
				editor.edit(theirs);
			}
		}
	}

	/** Discards the changes and shows the stored household. */
	void reload() {
		casework.load(editor.kpmId()).ifPresent(editor::edit);
	}

	private void status(String message, boolean error) {
		var line = editor.getEditorSite().getActionBars().getStatusLineManager();
		if (error) {
			line.setErrorMessage(message);
		} else {
			line.setErrorMessage(null);
			line.setMessage(message);
		}
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}
}
