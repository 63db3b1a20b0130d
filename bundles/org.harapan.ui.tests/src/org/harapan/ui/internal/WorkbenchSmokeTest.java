package org.harapan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Starts the real workbench (Tycho UI harness) and checks what a case worker sees first. */
@ExtendWith(Screenshots.class)
class WorkbenchSmokeTest {

	private static boolean indonesian() {
		String nl = Platform.getNL();
		return nl.startsWith("id") || nl.startsWith("in"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "one workbench window"); //$NON-NLS-1$
		return windows[0];
	}

	@Test
	void windowIsTitledHarapanWorkbenchAndOpensTheCaseWorkerPerspective() {
		IWorkbenchWindow window = window();
		assertEquals("Harapan Workbench", window.getShell().getText()); //$NON-NLS-1$
		assertEquals(CaseWorkerPerspective.ID, window.getActivePage().getPerspective().getId());
		assertEquals(indonesian() ? "Pendamping" : "Case worker", //$NON-NLS-1$ //$NON-NLS-2$
				window.getActivePage().getPerspective().getLabel());
	}

	/** No empty placeholder view: the Welcome view is gone; what it said is in Help > About and the status line. */
	@Test
	void theCaseWorkerPerspectiveHasNoWelcomeView() throws Exception {
		IWorkbenchPage page = window().getActivePage();
		for (IViewReference view : page.getViewReferences()) {
			assertFalse(view.getId().contains("welcome"), "no welcome view: " + view.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertNull(PlatformUI.getWorkbench().getViewRegistry().find("org.harapan.ui.views.welcome")); //$NON-NLS-1$
		Path shot = Screenshots.take("workbench-" + (indonesian() ? "id" : "en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(Files.size(shot) > 1000, "screenshot written: " + shot); //$NON-NLS-1$
	}

	/**
	 * The first start fills the store with the demo kabupaten in a job (progress in the status bar and the Progress
	 * view); then the status line and Help > About say what the store holds, with the data folder and the language.
	 */
	@Test
	void theStatusLineAndAboutShowTheCaseStoreFilledWithTheDemoKabupatenOnFirstStart() throws Exception {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 300_000_000_000L;
		while (StoreStatus.text().equals(Messages.Store_Opening) && System.nanoTime() < deadline) {
			while (display.readAndDispatch()) {
				// run what the store job posted
			}
			Thread.sleep(50);
		}
		String text = StoreStatus.text();
		assertTrue(text.matches("(?s).*\\b8[.,]894\\b.*"), "8,894 households of the Paser demo: " + text); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(text.contains(DataFolder.resolve().resolve("store").toString()), text); //$NON-NLS-1$
		StatusLineManager line = ((WorkbenchWindow) window()).getStatusLineManager();
		List<String> shown = PartTexts.of(line.getControl(), CLabel.class, CLabel::getText);
		assertTrue(shown.contains(text), "the status line: " + shown); //$NON-NLS-1$
		String about = AboutDialog.contents();
		assertTrue(about.contains(text), about);
		assertTrue(about.contains(ProductInfo.version()), about);
		assertTrue(about.contains(DataFolder.resolve().toString()), about);
		assertTrue(about.contains(indonesian() ? "Bahasa: Bahasa Indonesia" : "Language: English"), about); //$NON-NLS-1$ //$NON-NLS-2$
		Screenshots.take("workbench-store-" + (indonesian() ? "id" : "en")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void menuBarHasFileWindowWithLanguageAndHelp() {
		MenuManager menuBar = ((WorkbenchWindow) window()).getMenuManager();
		MenuManager windowMenu = (MenuManager) menuBar.find(HarapanActionBarAdvisor.WINDOW_MENU_ID);
		assertNotNull(windowMenu, "Window menu"); //$NON-NLS-1$
		windowMenu.updateAll(true);
		IContributionItem language = windowMenu.find("org.harapan.ui.menu.language"); //$NON-NLS-1$
		assertNotNull(language, "Window > Language: " + Arrays.toString(windowMenu.getItems())); //$NON-NLS-1$
		assertNotNull(menuBar.find("file")); //$NON-NLS-1$
		assertNotNull(menuBar.find("help")); //$NON-NLS-1$
		assertEquals(indonesian() ? "&Jendela" : "&Window", windowMenu.getMenuText()); //$NON-NLS-1$ //$NON-NLS-2$
		Display.getCurrent().readAndDispatch();
	}
}
