package org.harapan.ui.p2.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.harapan.provisioning.InstalledFeature;
import org.harapan.provisioning.OfferedFeature;

/** The tables of regional features in the dialog: name, version and (for a repository's) state. */
final class FeatureTable {

	private FeatureTable() {
	}

	static Table create(Composite parent, int style, boolean withState) {
		Table table = new Table(parent, style | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		column(table, Messages.Column_Feature, 440);
		column(table, Messages.Column_Version, 170);
		if (withState) {
			column(table, Messages.Column_State, 300);
		}
		return table;
	}

	private static void column(Table table, String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	static void fillOffered(Table table, List<OfferedFeature> features) {
		table.removeAll();
		for (OfferedFeature f : features) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(f);
			item.setText(new String[] { name(f.name(), f.id()), f.version(), state(f) });
			if (!f.installable()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
	}

	static void fillInstalled(Table table, List<InstalledFeature> features) {
		table.removeAll();
		for (InstalledFeature f : features) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(f);
			item.setText(new String[] { name(f.name(), f.id()), f.version() });
		}
		if (features.isEmpty()) {
			new TableItem(table, SWT.NONE).setText(Messages.Installed_None);
		}
	}

	static String state(OfferedFeature f) {
		return f.refusal().orElseGet(() -> f.installed().map(v -> NLS.bind(Messages.State_Installed, v))
				.orElse(Messages.State_Installable));
	}

	/** What the feature brings (its description) and its state, for the details below the table. */
	static String describe(OfferedFeature f) {
		return name(f.name(), f.id()) + " " + f.version() + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ (f.description() == null ? "" : f.description() + "\n") + state(f); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String name(String name, String id) {
		return name == null || name.isBlank() ? id : name;
	}
}
