package org.harapan.ui.cases;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Table columns of views: a title, a width and the text of each row, the whole text as tooltip. */
public final class Columns {

	private Columns() {
	}

	/** Adds a column showing {@code text} of each row (of type {@code R}). */
	@SuppressWarnings("unchecked")
	public static <R> TableViewerColumn add(TableViewer viewer, String title, int width, Function<R, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((R) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String value = getText(element);
				return value == null || value.isEmpty() ? null : value;
			}
		});
		return column;
	}

	/** Enables the tooltips of {@link #add} columns. */
	public static void tooltips(ColumnViewer viewer) {
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
	}
}
