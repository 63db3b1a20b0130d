package org.harapan.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar: File (Save), Edit (Undo, Redo: editors set their handlers), Window (with Language) and Help;
 * commands contribute through plugin.xml.
 */
public class HarapanActionBarAdvisor extends ActionBarAdvisor {

	/** Id of the Window menu; plugin.xml contributes the Language submenu to it. */
	public static final String WINDOW_MENU_ID = "org.harapan.ui.menu.window"; //$NON-NLS-1$

	private IWorkbenchAction quit;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction save;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;

	public HarapanActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = register(ActionFactory.QUIT.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		save = register(ActionFactory.SAVE.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	/** The status line: what the case store holds ({@link StoreStatus}), beside the parts' messages. */
	@Override
	protected void fillStatusLine(IStatusLineManager statusLine) {
		statusLine.add(new StoreStatus());
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_File, IWorkbenchActionConstants.M_FILE);
		file.add(save);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);

		MenuManager edit = new MenuManager(Messages.Menu_Edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager(Messages.Menu_Window, WINDOW_MENU_ID);
		window.add(resetPerspective);
		window.add(preferences);
		window.add(new Separator());
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager help = new MenuManager(Messages.Menu_Help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
