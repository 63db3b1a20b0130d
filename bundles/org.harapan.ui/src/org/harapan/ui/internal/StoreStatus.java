package org.harapan.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * What the case store holds ({@link CaseStoreJob.Summary}, published in the workbench context by the start-up store
 * job) in the window's status line, and for Help &gt; About. The first start's progress itself is the store job's,
 * in the status bar's progress area and the Progress view.
 */
final class StoreStatus {

	private StoreStatus() {
	}

	/** The summary of the case store as one line, or "opening…" while the start-up job runs. */
	static String text() {
		CaseStoreJob.Summary summary = context().get(CaseStoreJob.Summary.class);
		return summary == null ? Messages.Store_Opening : summary.text().replace('\n', ' ');
	}

	/** Shows the summary in {@code line} of the window {@code shell}, now and whenever it changes. */
	static void follow(Shell shell, IStatusLineManager line) {
		context().runAndTrack(new RunAndTrack() {
			@Override
			public boolean changed(IEclipseContext tracked) {
				CaseStoreJob.Summary summary = tracked.get(CaseStoreJob.Summary.class);
				if (shell.isDisposed()) {
					return false;
				}
				if (summary != null && !summary.ok()) {
					line.setErrorMessage(summary.text());
				} else {
					line.setMessage(summary == null ? Messages.Store_Opening : summary.text().replace('\n', ' '));
				}
				return true;
			}
		});
	}

	private static IEclipseContext context() {
		return PlatformUI.getWorkbench().getService(IEclipseContext.class);
	}
}
