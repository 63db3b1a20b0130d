package org.harapan.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
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

	/**
	 * The first window uses the screen up to 1600 x 1000 (the growth chart and the editor need the room), and never more
	 * than the screen offers (a 1366 x 768 laptop).
	 */
	static Point initialSize(Rectangle screen) {
		return new Point(Math.min(screen.width, 1600), Math.min(screen.height, 1000));
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize(Display.getCurrent().getPrimaryMonitor().getClientArea()));
		configurer.setShowMenuBar(true);
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true); // the demo store's progress on first start
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(title());
	}
}
