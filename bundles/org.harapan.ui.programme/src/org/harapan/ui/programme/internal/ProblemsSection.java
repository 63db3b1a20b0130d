package org.harapan.ui.programme.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.harapan.ui.programme.Problem;

/** The problems of the document, listed: where and what; double-click selects the object in the outline. */
public final class ProblemsSection {

	private final Section section;
	private final TableViewer table;

	ProblemsSection(Composite parent, FormToolkit toolkit, Consumer<Object> select) {
		section = toolkit.createSection(parent, Section.TITLE_BAR);
		table = new TableViewer(section, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		Columns.<Problem>add(table, Messages.Problems_Where, 360, SWT.LEFT, Problem::where);
		Columns.<Problem>add(table, Messages.Problems_What, 600, SWT.LEFT, Problem::message);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(e -> {
			if (table.getStructuredSelection().getFirstElement() instanceof Problem p) {
				select.accept(p.object());
			}
		});
		section.setClient(table.getControl());
	}

	Section control() {
		return section;
	}

	void show(List<Problem> problems) {
		section.setText(problems.isEmpty() ? Messages.Problems_None : NLS.bind(Messages.Problems_Title, problems.size()));
		table.setInput(problems);
		section.layout(true);
	}

	/** The table (tests). */
	public Table table() {
		return table.getTable();
	}
}
