package org.harapan.ui.household;

/**
 * Ids of the caseload navigator and the household file editor. The navigator's table is the workbench selection: an
 * {@link org.eclipse.jface.viewers.IStructuredSelection} of {@link org.harapan.store.HouseholdSummary} (one per
 * selected household, KPM id in {@code kpmId()}); views that follow the caseload listen to it with an
 * {@link org.eclipse.ui.ISelectionService} listener (or only to {@link #CASELOAD_VIEW}).
 */
public final class HouseholdUi {

	/** The caseload navigator view. */
	public static final String CASELOAD_VIEW = "org.harapan.ui.household.caseload"; //$NON-NLS-1$

	/** The household file editor, opened with a {@link HouseholdEditorInput}. */
	public static final String EDITOR = "org.harapan.ui.household.editor"; //$NON-NLS-1$

	private HouseholdUi() {
	}
}
