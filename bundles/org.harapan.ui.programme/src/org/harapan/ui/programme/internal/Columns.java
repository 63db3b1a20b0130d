package org.harapan.ui.programme.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;

/** A text column of a table viewer whose rows are of type {@code T}, the whole text as tooltip (long sentences). */
final class Columns {

	private Columns() {
	}

	@SuppressWarnings("unchecked")
	static <T> void add(TableViewer table, String title, int width, int align, Function<T, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, align);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String t = getText(element);
				return t == null || t.isEmpty() ? null : t;
			}
		});
	}
}
