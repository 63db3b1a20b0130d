package org.harapan.ui.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.harapan.casework.CaseworkService;
import org.harapan.model.Household;
import org.harapan.rules.Evaluation;
import org.harapan.rules.Period;
import org.harapan.rules.RuleEngine;
import org.harapan.ui.cases.HouseholdPart;
import org.harapan.ui.cases.HouseholdSelection;
import org.harapan.ui.cases.Services;

/**
 * The decisions of the installed rules about the selected household for the current tahap, grouped by kind, each
 * with its explanation (rule set, version, rule, the facts used with their records) in the user's language, and
 * the aids of the applicable regional programmes the household does not get, with the condition not met.
 */
public class DecisionsView extends HouseholdPart<Decisions> {

	public static final String ID = "org.harapan.ui.rules.decisions"; //$NON-NLS-1$

	private Label header;
	private TreeViewer tree;
	private List<DecisionNode> roots = List.of();

	@Override
	protected void createContent(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		header = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(header);
		tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		column(Messages.Column_Decision, 640, DecisionNode::text);
		column(Messages.Column_Amount, 110, DecisionNode::amount);
		column(Messages.Column_Rule, 260, DecisionNode::source);
		ColumnViewerToolTipSupport.enableFor(tree);
		tree.setContentProvider(new Content());
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 100).applyTo(tree.getControl());
	}

	/** A column showing {@code text} of each row, the whole text as tooltip (the sentences are long). */
	private void column(String title, int width, Function<DecisionNode, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DecisionNode) element);
			}

			@Override
			public String getToolTipText(Object element) {
				String value = getText(element);
				return value.isEmpty() ? null : value;
			}
		});
	}

	@Override
	protected String jobName() {
		return NLS.bind(Messages.View_Job, input().map(HouseholdSelection::kpmId).orElse("")); //$NON-NLS-1$
	}

	@Override
	protected Decisions prepare(Household household, HouseholdSelection selection, CaseworkService casework,
			IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		RuleEngine engine = Services.await(RuleEngine.class)
				.orElseThrow(() -> new IllegalStateException(Messages.View_NoRules));
		Period period = engine.periodOf(LocalDate.now());
		Evaluation evaluation = engine.evaluate(household, period, casework.growthScoring());
		progress.split(1);
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		List<WhyNot> whyNot = WhyNot.of(engine.ruleSets(), household, evaluation);
		progress.split(1);
		return new Decisions(evaluation, whyNot);
	}

	@Override
	protected void present(Household household, Decisions decisions) {
		Period p = decisions.evaluation().period();
		header.setText(NLS.bind(Messages.View_Header,
				new Object[] { household.getKpmId(), String.valueOf(p.year()), p.tahap(), p.first(), p.last() }));
		roots = DecisionTree.of(decisions);
		tree.setInput(roots);
		tree.expandToLevel(2);
		// the conditions not met are the answer to "why not?": show them at once
		roots.get(roots.size() - 1).children().forEach(entry -> tree.setExpandedState(entry, true));
		header.getParent().layout(true);
	}

	@Override
	protected void presentMessage(String message) {
		header.setText(message);
		roots = List.of();
		tree.setInput(roots);
		header.getParent().layout(true);
	}

	/** Every row of the tree, depth first, for tests. */
	List<DecisionNode> rows() {
		return roots.stream().flatMap(r -> r.flatten().stream()).toList();
	}

	/** The groups (top rows) of the tree. */
	List<DecisionNode> groups() {
		return roots;
	}

	public String headerText() {
		return header.getText();
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((DecisionNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((DecisionNode) element).children().isEmpty();
		}
	}
}
