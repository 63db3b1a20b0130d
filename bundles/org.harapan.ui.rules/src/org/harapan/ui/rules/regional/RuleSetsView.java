package org.harapan.ui.rules.regional;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.harapan.model.region.RegionDirectory;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.ui.UiJobs;
import org.harapan.ui.cases.Columns;
import org.harapan.ui.cases.Services;
import org.harapan.ui.cases.UiLanguage;

/**
 * The installed rule sets (national first, then province and kabupaten/kota ones) with id, version, region, period,
 * title and the bundle that brought them. Selecting one narrows the findings view to it.
 */
public class RuleSetsView extends ViewPart {

	public static final String ID = "org.harapan.ui.rules.ruleSets"; //$NON-NLS-1$

	private Label header;
	private TableViewer table;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		header = new Label(parent, SWT.WRAP);
		header.setText(Messages.RuleSets_Loading);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		Columns.<RuleSet>add(table, Messages.Column_RuleSet, 280, RuleSet::id);
		Columns.<RuleSet>add(table, Messages.Column_Version, 80, RuleSet::version);
		Columns.<RuleSet>add(table, Messages.Column_Region, 240, RuleSetsView::region);
		Columns.<RuleSet>add(table, Messages.Column_Period, 220, RuleSetsView::period);
		Columns.<RuleSet>add(table, Messages.Column_Title, 460, s -> s.title().in(UiLanguage.code()));
		Columns.tooltips(table);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		getSite().setSelectionProvider(table);
		load();
	}

	/** Reads the installed rule sets in a job (the rule engine may still be starting). */
	public void load() {
		UiJobs.schedule(Messages.RuleSets_Job, header, monitor -> Services.await(RuleEngine.class)
				.orElseThrow(() -> new IllegalStateException(Messages.NoRuleEngine)).ruleSets(), this::show,
				header::setText);
	}

	private void show(List<RuleSet> sets) {
		long regional = sets.stream().filter(s -> !s.regionCode().isEmpty()).count();
		header.setText(NLS.bind(Messages.RuleSets_Header, sets.size(), regional));
		table.setInput(sets);
		header.getParent().layout(true);
	}

	static String region(RuleSet s) {
		return s.regionCode().isEmpty() ? Messages.Region_National : regionName(s.regionCode());
	}

	/** {@code 64.01 PASER}: the code and the name of the region directory. */
	static String regionName(String code) {
		String name = RegionDirectory.get().name(code);
		return name == null || name.isEmpty() ? code : code + " " + name; //$NON-NLS-1$
	}

	static String period(RuleSet s) {
		return s.effectiveUntil() == null ? NLS.bind(Messages.Period_From, UiLanguage.date(s.effectiveFrom()))
				: NLS.bind(Messages.Period_FromUntil, UiLanguage.date(s.effectiveFrom()),
						UiLanguage.date(s.effectiveUntil()));
	}

	/** The rule sets shown, for tests. */
	@SuppressWarnings("unchecked")
	List<RuleSet> ruleSets() {
		Object input = table.getInput();
		return input == null ? List.of() : (List<RuleSet>) input;
	}

	/** The region column as shown, for tests. */
	List<String> regionTexts() {
		return java.util.Arrays.stream(table.getTable().getItems()).map(item -> item.getText(2)).toList();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
