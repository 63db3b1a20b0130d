package org.harapan.ui.household.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.HouseholdSort;
import org.harapan.store.HouseholdSummary;

/**
 * The caseload's household table: a virtual table whose rows are {@link HouseholdSummary} elements read a page
 * at a time from the current {@link CaseloadPage}, holding {@link #WINDOW} rows more as the user scrolls down; a
 * click on a column header sorts by it (again: descending).
 */
final class HouseholdTable {

	private final TableViewer viewer;
	private final Map<String, String> desaNames = new HashMap<>();
	/**
	 * The table holds at most this many rows more than were scrolled to: it grows when the user scrolls near its end
	 * (a native table item per household of 100,000 households would make every new search clear 100,000 items).
	 */
	static final int WINDOW = 1_000;

	private CaseloadPage page;
	/** The rows the table holds: at most the households found. */
	private int rows;

	HouseholdTable(Composite parent, BiConsumer<HouseholdSort, Boolean> sortListener) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.setUseHashlookup(false);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Column_KpmId, 130, HouseholdSort.KPM_ID, HouseholdSummary::kpmId, sortListener);
		column(Messages.Column_Head, 190, HouseholdSort.HEAD_NAME, HouseholdSummary::headName, sortListener);
		column(Messages.Column_Desa, 150, HouseholdSort.DESA, h -> desaName(h.desaCode()), sortListener);
		column(Messages.Column_Facilitator, 130, HouseholdSort.FACILITATOR, HouseholdSummary::facilitator,
				sortListener);
		column(Messages.Column_Status, 110, HouseholdSort.STATUS, h -> StatusLabels.of(h.status()), sortListener);
		column(Messages.Column_Members, 70, HouseholdSort.MEMBERS, h -> Integer.toString(h.members()), sortListener);
		column(Messages.Column_NoKk, 150, null, HouseholdSummary::noKK, sortListener);
		table.setSortColumn(table.getColumn(0));
		table.setSortDirection(SWT.UP);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				HouseholdSummary row = page == null ? null : page.row(index);
				if (row != null) {
					viewer.replace(row, index);
				}
				if (page != null && index >= rows - CaseloadPage.PAGE && rows < page.rows()) {
					CaseloadPage grown = page;
					viewer.getControl().getDisplay().asyncExec(() -> {
						if (grown == page && !viewer.getControl().isDisposed()) {
							rows = Math.min(grown.rows(), rows + WINDOW);
							viewer.setItemCount(rows);
						}
					});
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// rows come from the page
			}
		});
		viewer.setInput(this);
	}

	private void column(String title, int width, HouseholdSort sort, Function<HouseholdSummary, String> text,
			BiConsumer<HouseholdSort, Boolean> sortListener) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = element instanceof HouseholdSummary h ? text.apply(h) : null;
				return value == null ? "" : value; //$NON-NLS-1$
			}
		});
		if (sort == null) {
			return;
		}
		TableColumn column = c.getColumn();
		column.addListener(SWT.Selection, e -> {
			Table table = viewer.getTable();
			boolean descending = table.getSortColumn() == column && table.getSortDirection() == SWT.UP;
			table.setSortColumn(column);
			table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
			sortListener.accept(sort, descending);
		});
	}

	private String desaName(String code) {
		return code == null ? null : desaNames.computeIfAbsent(code, c -> RegionDirectory.get().name(c));
	}

	TableViewer viewer() {
		return viewer;
	}

	/**
	 * Shows the households of a new search (the selection is cleared), or the number of households of the search
	 * shown, once counted (the rows shown and the selection stay).
	 */
	/** The result shown, or null. */
	CaseloadPage shown() {
		return page;
	}

	void show(CaseloadPage result) {
		Table table = viewer.getTable();
		if (result == page) {
			rows = Math.min(result.rows(), Math.max(rows, WINDOW));
			viewer.setItemCount(rows);
			return;
		}
		page = result;
		rows = Math.min(result.rows(), WINDOW);
		table.setRedraw(false);
		try {
			viewer.setSelection(StructuredSelection.EMPTY);
			table.removeAll(); // far faster on GTK than shrinking a long virtual table row by row
			viewer.setItemCount(rows);
		} finally {
			table.setRedraw(true);
		}
	}

	/** Status labels in the user's language. */
	static final class StatusLabels {
		private StatusLabels() {
		}

		static String of(HouseholdStatus status) {
			if (status == null) {
				return ""; //$NON-NLS-1$
			}
			return switch (status) {
			case ACTIVE -> Messages.Status_Active;
			case SUSPENDED -> Messages.Status_Suspended;
			case GRADUATED_NATURAL -> Messages.Status_GraduatedNatural;
			case GRADUATED_SELF_RELIANT -> Messages.Status_GraduatedSelfReliant;
			case CANCELLED -> Messages.Status_Cancelled;
			};
		}
	}
}
