package org.harapan.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.harapan.model.region.RegionDirectory;
import org.harapan.ui.WorkingRegion;

/** Window set-up: title, size, menu bar and status line. */
public class HarapanWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The window title; it names the product and is the same in every language. */
	public static final String WINDOW_TITLE = "Harapan Workbench"; //$NON-NLS-1$

	public HarapanWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new HarapanActionBarAdvisor(configurer);
	}

	/** The title: the product, and on a district's workbench the district ("Harapan Workbench — Kabupaten Paser"). */
	static String title() {
		return WorkingRegion.districtKabupaten().map(RegionDirectory.get()::name).map(name -> WINDOW_TITLE + " \u2014 " + name) //$NON-NLS-1$
				.orElse(WINDOW_TITLE);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1200, 800));
		configurer.setShowMenuBar(true);
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true); // the demo store's progress on first start
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(title());
	}
}
