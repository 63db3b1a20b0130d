package org.harapan.ui.cases;

import org.eclipse.core.runtime.Platform;

/** The language the workbench runs in, as the rules' sentences name it: {@code id} or {@code en}. */
public final class UiLanguage {

	private UiLanguage() {
	}

	/** {@code id} when the platform runs in Bahasa Indonesia, else {@code en}. */
	public static String code() {
		return indonesian() ? "id" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static boolean indonesian() {
		String nl = Platform.getNL();
		return nl != null && (nl.startsWith("id") || nl.startsWith("in")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
