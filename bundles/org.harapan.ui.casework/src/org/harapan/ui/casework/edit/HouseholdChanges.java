package org.harapan.ui.casework.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.harapan.casework.Casework;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.HouseholdChange;
import org.harapan.ui.UiFeedback;
import org.harapan.ui.cases.UiLanguage;

/**
 * Saving what a screen of the monthly work marked: one casework change per household, each validated and saved on
 * its own; a household someone else changed meanwhile (or that breaks a rule) is refused and reported, never
 * overwritten.
 */
public final class HouseholdChanges {

	/** What a save did: households saved, households already as marked, and a sentence per refused household. */
	public record Report(int saved, int unchanged, List<String> problems) {
	}

	private HouseholdChanges() {
	}

	/** Applies each change to its household (by KPM id) through {@code casework}. */
	public static Report save(Casework casework, Map<String, HouseholdChange> changes, String description,
			String task, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, task, changes.size());
		int saved = 0;
		int unchanged = 0;
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, HouseholdChange> e : changes.entrySet()) {
			progress.subTask(e.getKey());
			ChangeResult r = casework.change(e.getKey(), description, e.getValue());
			switch (r.outcome()) {
			case SAVED -> saved++;
			case UNCHANGED -> unchanged++;
			default -> problems.add(r.message(UiLanguage.code()));
			}
			progress.split(1);
		}
		return new Report(saved, unchanged, problems);
	}

	/**
	 * Announces a save in the status line of {@code part}; refused households are listed to the user (and logged)
	 * as one warning.
	 */
	public static void announce(IWorkbenchPart part, String text, Report report) {
		UiFeedback.announce(part, text);
		if (!report.problems().isEmpty()) {
			MultiStatus status = new MultiStatus("org.harapan.ui.casework", 0, text, null); //$NON-NLS-1$
			report.problems().forEach(p -> status.add(Status.warning(p)));
			StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
		}
	}
}
