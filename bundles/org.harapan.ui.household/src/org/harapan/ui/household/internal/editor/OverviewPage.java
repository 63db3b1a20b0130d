package org.harapan.ui.household.internal.editor;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.GrowthScoring;
import org.harapan.model.HarapanPackage.Literals;
import org.harapan.model.Household;
import org.harapan.rules.RuleEngine;
import org.harapan.ui.cases.Services;

/**
 * The first page of the household file: its fields (edited inline) above the summary of what the rules decide for
 * the current tahap, the children's latest growth, the commitments and the open referrals ({@link FileSummary}),
 * computed again after each change.
 */
public final class OverviewPage {

	private static final List<EStructuralFeature> FIELDS = List.of(Literals.HOUSEHOLD__KPM_ID,
			Literals.HOUSEHOLD__NO_KK, Literals.HOUSEHOLD__ADDRESS, Literals.HOUSEHOLD__DESA_CODE,
			Literals.HOUSEHOLD__FACILITATOR, Literals.HOUSEHOLD__STATUS, Literals.HOUSEHOLD__JOINED_DATE,
			Literals.HOUSEHOLD__WELFARE_DECILE, Literals.HOUSEHOLD__P2K2_GROUP, Literals.HOUSEHOLD__OWN_INCOME);
	private static final int DELAY_MILLIS = 200;

	private final FileContext file;
	private final Composite control;
	private final TableViewer fields;
	private final Text summary;
	private Job job;

	public OverviewPage(Composite parent, FileContext file) {
		this.file = file;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(control);
		new ProblemList(control, file, 1);
		Composite table = new Composite(control, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		table.setLayout(columns);
		fields = new TableViewer(table, SWT.BORDER | SWT.FULL_SELECTION);
		fields.getTable().setHeaderVisible(true);
		fields.getTable().setLinesVisible(true);
		fields.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = new TableViewerColumn(fields, SWT.LEFT);
		name.getColumn().setText(Messages.Overview_Field);
		columns.setColumnData(name.getColumn(), new ColumnWeightData(1, 190));
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Values.name((EStructuralFeature) element);
			}
		});
		Cell cell = new Cell(element -> file.household(), element -> (EStructuralFeature) element);
		TableViewerColumn value = new TableViewerColumn(fields, SWT.LEFT);
		value.getColumn().setText(Messages.Overview_Value);
		columns.setColumnData(value.getColumn(), new ColumnWeightData(3, 240));
		value.setLabelProvider(new ValueLabels(file, cell));
		value.setEditingSupport(new ValueEditing(fields, file, cell, element -> element != Literals.HOUSEHOLD__KPM_ID));
		ColumnViewerToolTipSupport.enableFor(fields);
		fields.setInput(FIELDS);
		int rows = fields.getTable().getItemHeight() * FIELDS.size() + fields.getTable().getHeaderHeight() + 8;
		GridDataFactory.fillDefaults().grab(true, false).hint(400, rows).applyTo(table);
		summary = new Text(control, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		summary.setText(Messages.Overview_Computing);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(summary);
		file.onChange(this::update);
		update();
	}

	public Composite control() {
		return control;
	}

	/** The summary shown (for tests). */
	public String summaryText() {
		return summary.getText();
	}

	/** Shows {@code message} in place of the summary. */
	public void message(String message) {
		summary.setText(message);
	}

	/** Whether the summary is being computed. */
	public boolean isComputing() {
		return job != null && job.getState() != Job.NONE;
	}

	private void update() {
		if (control.isDisposed() || file.household() == null) {
			return;
		}
		fields.refresh();
		Household copy = EcoreUtil.copy(file.household());
		Display display = control.getDisplay();
		if (job != null) {
			job.cancel();
		}
		job = Job.create(Messages.Overview_Job, (IJobFunction) monitor -> summarize(copy, display, monitor));
		job.setSystem(true);
		job.schedule(DELAY_MILLIS);
	}

	private IStatus summarize(Household copy, Display display, IProgressMonitor monitor) {
		try {
			RuleEngine engine = Services.await(RuleEngine.class).orElse(null);
			GrowthScoring scoring = Services.await(CaseworkService.class).map(CaseworkService::growthScoring)
					.orElse(null);
			String text = FileSummary.of(copy, engine, scoring, LocalDate.now());
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> {
				if (!summary.isDisposed()) {
					summary.setText(text);
				}
			});
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
	}

	public void dispose() {
		if (job != null) {
			job.cancel();
		}
	}
}
