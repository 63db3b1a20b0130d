package org.harapan.ui.curriculum.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.versions.CurriculumChange;
import org.harapan.store.DocumentInfo;
import org.harapan.ui.curriculum.CurriculumEditorInput;
import org.harapan.ui.curriculum.CurriculumUi;
import org.harapan.ui.documents.VersionCommands;

/**
 * The version actions of the curriculum editor: new version, publish with an effective date and the history (the
 * shared {@link VersionCommands}), compare versions.
 */
final class VersionActions {

	private final CurriculumEditor editor;
	private final VersionCommands commands;

	VersionActions(CurriculumEditor editor) {
		this.editor = editor;
		this.commands = new VersionCommands(editor, CurriculumUi.EDITOR_ID, new VersionCommands.Host() {
			@Override
			public DocumentLibrary<?> library() {
				return editor.library();
			}

			@Override
			public String documentId() {
				return editor.curriculum().getId();
			}

			@Override
			public int version() {
				return editor.curriculum().getVersion();
			}

			@Override
			public boolean published() {
				return editor.readOnly();
			}

			@Override
			public IEditorInput input(int version) {
				CurriculumEditorInput input = (CurriculumEditorInput) editor.getEditorInput();
				return new CurriculumEditorInput(input.location(), input.id(), version);
			}
		});
	}

	/** Starts version n+1 as a copy of the latest and opens it. */
	void newVersion() {
		commands.newVersion();
	}

	/** Asks for the effective date and publishes this (saved) draft; the editor then shows it read-only. */
	void publish() {
		commands.publish();
	}

	/** Publishes this draft from {@code effectiveFrom} and reopens it (read-only). */
	boolean publish(LocalDate effectiveFrom) {
		return commands.publish(effectiveFrom);
	}

	/** Shows who saved and published which version, when. */
	void history() {
		commands.showHistory();
	}

	/** The audit trail of the curriculum (tests). */
	String historyText() {
		return commands.history();
	}

	/** Asks for another version and lists what changed from it to this one. */
	void compare() {
		Curriculum c = editor.curriculum();
		List<Integer> versions = editor.library().versions(c.getId()).stream().map(DocumentInfo::version)
				.filter(v -> v != c.getVersion()).toList();
		String suggestion = versions.isEmpty() ? "" : String.valueOf(versions.getLast()); //$NON-NLS-1$
		InputDialog ask = new InputDialog(shell(), Messages.compareTitle,
				NLS.bind(Messages.comparePrompt, c.getVersion()), suggestion,
				value -> version(value, versions) == null ? NLS.bind(Messages.versionInvalid, c.getVersion()) : null);
		if (ask.open() != Window.OK) {
			return;
		}
		int other = version(ask.getValue(), versions);
		MessageDialog.open(MessageDialog.INFORMATION, shell(), Messages.compareTitle, changes(other), 0,
				IDialogConstants.OK_LABEL);
	}

	/** What changed from version {@code other} to this one, one line each, in the workbench's language. */
	String changes(int other) {
		Curriculum c = editor.curriculum();
		int older = Math.min(other, c.getVersion());
		int newer = Math.max(other, c.getVersion());
		try {
			List<CurriculumChange> changes = editor.library().compare(c.getId(), older, newer);
			if (changes.isEmpty()) {
				return NLS.bind(Messages.compareNone, older, newer);
			}
			StringBuilder text = new StringBuilder();
			for (CurriculumChange change : changes) {
				text.append(switch (change.kind()) {
				case ADDED -> NLS.bind(Messages.compareAdded, change.where());
				case REMOVED -> NLS.bind(Messages.compareRemoved, change.where());
				case CHANGED -> NLS.bind(Messages.compareChanged,
						new Object[] { change.where(), change.field(), change.before(), change.after() });
				}).append('\n');
			}
			return text.toString();
		} catch (IOException e) {
			return e.getMessage();
		}
	}

	private static Integer version(String value, List<Integer> versions) {
		try {
			int v = Integer.parseInt(value.strip());
			return versions.contains(v) ? v : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}

}
