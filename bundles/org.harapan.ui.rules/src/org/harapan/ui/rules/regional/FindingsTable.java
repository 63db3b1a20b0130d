package org.harapan.ui.rules.regional;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.harapan.rules.FindingKind;
import org.harapan.ui.cases.UiLanguage;

/** A virtual table of findings (items are filled as they scroll into view: a kabupaten has tens of thousands). */
final class FindingsTable {

	private final Table table;
	private List<FindingRow> rows = List.of();

	FindingsTable(Composite parent, Consumer<FindingRow> selected) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Column_Kpm, 150);
		column(Messages.Column_RuleSet, 210);
		column(Messages.Column_Kind, 120);
		column(Messages.Column_Outcome, 110);
		column(Messages.Column_Amount, 110);
		column(Messages.Column_Finding, 620);
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			FindingRow row = rows.get(table.indexOf(item));
			item.setData(row);
			item.setText(new String[] { row.kpmId(), row.ruleSetId(), kind(row.kind()), row.outcome(),
					row.amountRp() == null ? "" : UiLanguage.rupiah(row.amountRp()), row.text() }); //$NON-NLS-1$
		});
		table.addListener(SWT.Selection, e -> {
			int i = table.getSelectionIndex();
			selected.accept(i < 0 || i >= rows.size() ? null : rows.get(i));
		});
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(title);
		c.setWidth(width);
	}

	void setRows(List<FindingRow> shown) {
		rows = List.copyOf(shown);
		table.clearAll();
		table.setItemCount(rows.size());
	}

	List<FindingRow> rows() {
		return rows;
	}

	Table control() {
		return table;
	}

	/** Selects row {@code index} as the user would (the explanation follows). */
	void select(int index) {
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** The explanation of a finding, one statement per line. */
	static String explanation(FindingRow row) {
		StringBuilder text = new StringBuilder(row.text()).append("\n\n"); //$NON-NLS-1$
		text.append(NLS.bind(Messages.Explain_Household, row.kpmId(), row.desaCode())).append('\n');
		if (!row.memberNik().isEmpty()) {
			text.append(NLS.bind(Messages.Explain_Member, row.memberNik())).append('\n');
		}
		text.append(NLS.bind(Messages.Explain_Rule, new Object[] { row.ruleSetId(), row.ruleSetVersion(),
				row.ruleId() })).append('\n');
		text.append(NLS.bind(Messages.Explain_Outcome, kind(row.kind()), row.outcome())).append('\n');
		for (String fact : row.facts()) {
			text.append(fact).append('\n');
		}
		return text.toString().strip();
	}

	static String kind(FindingKind kind) {
		return switch (kind) {
		case COMPONENT -> Messages.Kind_Component;
		case BENEFIT -> Messages.Kind_Benefit;
		case COMPLIANCE -> Messages.Kind_Compliance;
		case SANCTION -> Messages.Kind_Sanction;
		case REFERRAL -> Messages.Kind_Referral;
		case AID -> Messages.Kind_Aid;
		case GRADUATION -> Messages.Kind_Graduation;
		case CONFLICT -> Messages.Kind_Conflict;
		case ERROR -> Messages.Kind_Error;
		};
	}
}
