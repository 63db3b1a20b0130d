package org.harapan.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;

/**
 * What the case store holds ({@link CaseStoreJob.Summary}, published in the workbench context by the start-up store
 * job) as an item of the window's status line, beside the messages of the parts, which do not replace it; also for
 * Help &gt; About. The first start's progress itself is the store job's, in the status bar's progress area and the
 * Progress view.
 */
final class StoreStatus extends ContributionItem {

	static final String ID = "org.harapan.ui.status.store"; //$NON-NLS-1$

	StoreStatus() {
		super(ID);
	}

	/** The summary of the case store as one line, or "opening…" while the start-up job runs. */
	static String text() {
		return text(context().get(CaseStoreJob.Summary.class));
	}

	private static String text(CaseStoreJob.Summary summary) {
		return summary == null ? Messages.Store_Opening : summary.text().replace('\n', ' ');
	}

	@Override
	public void fill(Composite parent) {
		CLabel label = new CLabel(parent, SWT.SHADOW_NONE);
		StatusLineLayoutData data = new StatusLineLayoutData();
		label.setLayoutData(data);
		context().runAndTrack(new RunAndTrack() {
			@Override
			public boolean changed(IEclipseContext tracked) {
				CaseStoreJob.Summary summary = tracked.get(CaseStoreJob.Summary.class);
				if (label.isDisposed()) {
					return false;
				}
				label.setText(text(summary));
				label.setToolTipText(label.getText());
				label.setForeground(summary != null && !summary.ok()
						? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
				data.widthHint = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
				label.getParent().layout(true);
				return true;
			}
		});
	}

	private static IEclipseContext context() {
		return PlatformUI.getWorkbench().getService(IEclipseContext.class);
	}
}
