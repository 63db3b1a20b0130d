package org.harapan.ui.household.internal.editor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.harapan.model.Household;

/**
 * A page of the household file listing one kind of record (members, measurements of a member, attendance, …) in a
 * table, one column per field, edited inline; records are added and removed with commands. Read-only pages (what the
 * rules and the audit write) show the same table without editing.
 *
 * @param list     the containment list shown
 * @param columns  the fields shown, in order
 * @param editable whether the user edits, adds and removes records here
 * @param create   a new record of an owner with sensible defaults, or {@code null} when records are not added with
 *                 the page's Add button
 * @param fixed    the columns never edited in the table
 * @param mine     which records of an editable page the user may change and remove
 */
public record ListPage(EReference list, List<EStructuralFeature> columns, boolean editable,
		Function<EObject, EObject> create, Set<EStructuralFeature> fixed, BiPredicate<FileContext, Object> mine) {

	/** A page whose records are all the user's to change (when {@code editable}), every column editable. */
	public ListPage(EReference list, List<EStructuralFeature> columns, boolean editable,
			Function<EObject, EObject> create) {
		this(list, columns, editable, create, Set.of(), (file, record) -> true);
	}

	/** The types of a first column by which the records are shown in time order. */
	private static final Set<Class<?>> TIME_ORDER = Set.of(LocalDate.class, YearMonth.class, Instant.class, int.class);

	/** The widgets of a page made from the spec. */
	public static final class Shown {
		private final TableViewer viewer;
		private final Composite control;
		private final Button add;

		Shown(Composite control, TableViewer viewer, Button add) {
			this.control = control;
			this.viewer = viewer;
			this.add = add;
		}

		/** The button adding a record. */
		public Button add() {
			return add;
		}

		public TableViewer viewer() {
			return viewer;
		}

		public Composite control() {
			return control;
		}
	}

	/**
	 * Creates the page in {@code parent}: the problems, the add/remove buttons, the table of the records of
	 * {@code owner} (the household, or e.g. the member chosen above the table).
	 */
	public Shown create(Composite parent, FileContext file, Function<Household, EObject> owner, String addText) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new ProblemList(page, file, 2);
		Button add = new Button(page, SWT.PUSH);
		add.setText(addText == null ? "" : addText); //$NON-NLS-1$
		Button remove = new Button(page, SWT.PUSH);
		remove.setText(Messages.Page_Remove);
		boolean adds = editable && create != null;
		GridDataFactory.swtDefaults().exclude(!adds).applyTo(add);
		GridDataFactory.swtDefaults().exclude(!editable).applyTo(remove);
		add.setVisible(adds);
		remove.setVisible(editable);
		TableViewer viewer = new TableViewer(page,
				SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (EStructuralFeature feature : columns) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(Values.name(feature));
			column.getColumn().setWidth(feature == columns.get(0) ? 170 : 110);
			column.setLabelProvider(new ValueLabels(file, Cell.column(feature)));
			boolean editedHere = editable && !fixed.contains(feature);
			column.setEditingSupport(new ValueEditing(viewer, file, Cell.column(feature),
					element -> editedHere && mine.test(file, element)));
		}
		if (TIME_ORDER.contains(columns.get(0).getEType().getInstanceClass())) {
			viewer.setComparator(new ViewerComparator() { // in time order: by the date (month, time) first shown
				@Override
				@SuppressWarnings({ "unchecked", "rawtypes" })
				public int compare(Viewer v, Object a, Object b) {
					Object x = ((EObject) a).eGet(columns.get(0));
					Object y = ((EObject) b).eGet(columns.get(0));
					return x == null || y == null ? Boolean.compare(x == null, y == null)
							: ((Comparable) x).compareTo(y);
				}
			});
		}
		inlineEditing(viewer);
		ColumnViewerToolTipSupport.enableFor(viewer);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(400, 200).applyTo(viewer.getControl());

		Runnable show = () -> {
			if (viewer.getControl().isDisposed() || file.household() == null) {
				return;
			}
			EObject o = owner.apply(file.household());
			Object records = o == null ? List.of() : o.eGet(list);
			if (viewer.getInput() != records) {
				viewer.setInput(records);
				fitColumns(viewer.getTable());
			} else {
				viewer.refresh();
			}
			add.setEnabled(o != null);
			remove.setEnabled(o != null && removable(file, viewer.getStructuredSelection()));
		};
		file.onChange(show);
		viewer.addSelectionChangedListener(e -> {
			remove.setEnabled(removable(file, (IStructuredSelection) e.getSelection()));
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			file.select(first != null ? first : owner.apply(file.household()));
		});
		add.addListener(SWT.Selection, e -> {
			EObject o = owner.apply(file.household());
			if (o != null) {
				EObject record = create.apply(o);
				file.domain().add(o, list, record);
				viewer.setSelection(new StructuredSelection(record), true);
			}
		});
		remove.addListener(SWT.Selection, e -> {
			List<?> selected = viewer.getStructuredSelection().toList();
			if (removable(file, viewer.getStructuredSelection())) {
				file.domain().delete(selected);
			}
		});
		show.run();
		return new Shown(page, viewer, add);
	}

	/** Whether the user may remove the records of {@code selection}: some, each of them the user's. */
	private boolean removable(FileContext file, IStructuredSelection selection) {
		return !selection.isEmpty() && selection.toList().stream().allMatch(r -> mine.test(file, r));
	}

	/** Each column as wide as its title and values, at least as wide as it was made. */
	private static void fitColumns(Table table) {
		for (TableColumn column : table.getColumns()) {
			int least = column.getWidth();
			column.pack();
			column.setWidth(Math.max(least, column.getWidth() + 12));
		}
	}

	/** Editing starts on a double click, Enter or F2 on a cell; Tab moves to the next cell. */
	private static void inlineEditing(TableViewer viewer) {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
				new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}
}
