package org.harapan.ui.casework.p2k2;

/**
 * The material of a P2K2 session as the session sheet shows it: its title by session number. The one place the
 * sheet asks; today the national curriculum's titles built in ({@link BuiltInSessionTitles}), later the curriculum
 * service.
 */
interface SessionTitles {

	/** How many sessions the curriculum has (the national P2K2 curriculum: 14). */
	int sessions();

	/** The module and title of session {@code number} in the user's language, or an empty string when unknown. */
	String title(int number);
}
