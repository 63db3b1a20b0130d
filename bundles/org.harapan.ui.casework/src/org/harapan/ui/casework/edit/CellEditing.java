package org.harapan.ui.casework.edit;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;

/**
 * Editing in place in the tables of the monthly work (a choice from a list, or free text), activated by click or
 * Enter, Tab to the next cell; every edit updates the row and tells the view.
 */
public final class CellEditing {

	private CellEditing() {
	}

	/** Click, Enter and Tab editing for {@code viewer}. */
	public static void enable(TableViewer viewer) {
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	/** Makes {@code column} a choice of {@code choices}, shown with {@code label}. */
	@SuppressWarnings("unchecked")
	public static <R, V> void choice(TableViewerColumn column, V[] choices, Function<V, String> label,
			Function<R, V> get, BiConsumer<R, V> set, Consumer<R> edited) {
		TableViewer viewer = (TableViewer) column.getViewer();
		List<V> values = Arrays.asList(choices);
		ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(),
				values.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
		column.setEditingSupport(new Support<R>(viewer, editor, r -> true, edited) {
			@Override
			protected Object getValue(Object element) {
				return Math.max(0, values.indexOf(get.apply((R) element)));
			}

			@Override
			void store(R row, Object value) {
				int i = (Integer) value;
				if (i >= 0) {
					set.accept(row, values.get(i));
				}
			}
		});
	}

	/** Makes {@code column} free text, editable where {@code editable} holds. */
	@SuppressWarnings("unchecked")
	public static <R> void text(TableViewerColumn column, Predicate<R> editable, Function<R, String> get,
			BiConsumer<R, String> set, Consumer<R> edited) {
		TableViewer viewer = (TableViewer) column.getViewer();
		column.setEditingSupport(new Support<R>(viewer, new TextCellEditor(viewer.getTable()), editable, edited) {
			@Override
			protected Object getValue(Object element) {
				return get.apply((R) element);
			}

			@Override
			void store(R row, Object value) {
				set.accept(row, String.valueOf(value));
			}
		});
	}

	private abstract static class Support<R> extends EditingSupport {
		private final CellEditor editor;
		private final Predicate<R> editable;
		private final Consumer<R> edited;

		Support(TableViewer viewer, CellEditor editor, Predicate<R> editable, Consumer<R> edited) {
			super(viewer);
			this.editor = editor;
			this.editable = editable;
			this.edited = edited;
		}

		abstract void store(R row, Object value);

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@SuppressWarnings("unchecked")
		@Override
		protected boolean canEdit(Object element) {
			return editable.test((R) element);
		}

		@SuppressWarnings("unchecked")
		@Override
		protected void setValue(Object element, Object value) {
			store((R) element, value);
			getViewer().update(element, null);
			edited.accept((R) element);
		}
	}
}
