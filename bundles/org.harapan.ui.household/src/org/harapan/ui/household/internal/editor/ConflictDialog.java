package org.harapan.ui.household.internal.editor;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.harapan.casework.ChangeResult;

/**
 * A save refused because someone else saved the household since it was loaded: who and when, and the choice to
 * reload (discard one's changes, load theirs), to compare both versions, or to keep editing. Never an overwrite.
 */
public final class ConflictDialog extends MessageDialog {

	/** Discard the user's changes and load the stored version. */
	public static final int RELOAD = 0;
	/** Show both versions' differing fields. */
	public static final int COMPARE = 1;
	/** Keep the changes in the editor, unsaved. */
	public static final int KEEP = 2;

	private final String text;

	public ConflictDialog(Shell parent, ChangeResult conflict) {
		super(parent, Messages.Conflict_Title, null, message(conflict), WARNING, KEEP, Messages.Conflict_Reload,
				Messages.Conflict_Compare, Messages.Conflict_Cancel);
		text = message(conflict);
	}

	/** The sentence naming who saved the household and when. */
	public static String message(ChangeResult conflict) {
		return NLS.bind(Messages.Conflict_Message, new Object[] { conflict.kpmId(), conflict.changedBy(),
				Values.dateTime(conflict.changedAt()), Long.toString(conflict.version()) });
	}

	/** The message shown (for tests). */
	public String text() {
		return text;
	}
}
