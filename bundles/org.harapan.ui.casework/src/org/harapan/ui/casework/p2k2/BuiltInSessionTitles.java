package org.harapan.ui.casework.p2k2;

import org.eclipse.osgi.util.NLS;

/**
 * The 14 sessions of the national P2K2 curriculum (revised 2018) in its 5 modules, as DOMAIN.md lists them: the
 * titles in Bahasa Indonesia as published, with an English rendering in the English messages.
 */
final class BuiltInSessionTitles implements SessionTitles {

	private static final String[] TITLES = { Messages.Session_1, Messages.Session_2, Messages.Session_3,
			Messages.Session_4, Messages.Session_5, Messages.Session_6, Messages.Session_7, Messages.Session_8,
			Messages.Session_9, Messages.Session_10, Messages.Session_11, Messages.Session_12, Messages.Session_13,
			Messages.Session_14 };

	/** The module of each session: 1-4 module 1, 5-7 module 2, 8-10 module 3, 11-12 module 4, 13-14 module 5. */
	private static final int[] MODULE = { 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5 };

	private static final String[] MODULES = { Messages.Module_1, Messages.Module_2, Messages.Module_3,
			Messages.Module_4, Messages.Module_5 };

	@Override
	public int sessions() {
		return TITLES.length;
	}

	@Override
	public String title(int number) {
		if (number < 1 || number > TITLES.length) {
			return ""; //$NON-NLS-1$
		}
		int module = MODULE[number - 1];
		return NLS.bind(Messages.Session_Title, new Object[] { number, TITLES[number - 1], module,
				MODULES[module - 1] });
	}
}
