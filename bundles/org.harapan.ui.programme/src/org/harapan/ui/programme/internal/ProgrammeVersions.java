package org.harapan.ui.programme.internal;

import java.time.LocalDate;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.store.DocumentInfo;
import org.harapan.ui.documents.VersionCommands;
import org.harapan.ui.programme.Formats;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.ProgrammeInput;

/**
 * The version commands of the programme editor on a stored programme (the shared {@link VersionCommands}): save the
 * draft to the store, start a new version as a copy, publish with an effective date, show the audit trail.
 */
public final class ProgrammeVersions implements VersionCommands.Host {

	private final ProgrammeEditor editor;
	private final VersionCommands commands;

	public ProgrammeVersions(ProgrammeEditor editor) {
		this.editor = editor;
		this.commands = new VersionCommands(editor, ProgrammeEditor.ID, this);
	}

	/** Adds Save draft, New version, Publish and History to the header of the editor's form. */
	void fill(IToolBarManager bar) {
		bar.add(action(Messages.Page_SaveDraft, editor::saveDraft, !published()));
		bar.add(action(Messages.Page_NewVersion, this::newVersion, true));
		bar.add(action(Messages.Page_Publish, () -> {
			IWorkbenchPage page = editor.getSite().getPage(); // the editor closes when published
			commands.publish();
			DocumentsView.refreshIn(page);
		}, !published()));
		bar.add(action(Messages.Page_History, commands::showHistory, true));
	}

	private static Action action(String text, Runnable run, boolean enabled) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setEnabled(enabled);
		return a;
	}

	/** The state of the version for the form's heading: draft, or published from a date. */
	String state() {
		DocumentInfo info = editor.stored().info();
		return NLS.bind(Messages.Editor_Version, info.version(), info.isPublished()
				? NLS.bind(Messages.Editor_PublishedFrom, Formats.date(info.effectiveFrom())) : Messages.Documents_Draft);
	}

	/** Starts version n+1 as a copy of the latest and opens it. */
	public boolean newVersion() {
		boolean opened = commands.newVersion();
		editor.refreshDocuments();
		return opened;
	}

	/** Publishes the saved draft from {@code effectiveFrom} and reopens it read-only. */
	public boolean publish(LocalDate effectiveFrom) {
		IWorkbenchPage page = editor.getSite().getPage(); // the editor closes when published
		boolean published = commands.publish(effectiveFrom);
		DocumentsView.refreshIn(page);
		return published;
	}

	/** The document's audit trail, one line per change. */
	public String history() {
		return commands.history();
	}

	@Override
	public DocumentLibrary<?> library() {
		return editor.stored().library();
	}

	@Override
	public String documentId() {
		return editor.stored().info().id();
	}

	@Override
	public int version() {
		return editor.stored().info().version();
	}

	@Override
	public boolean published() {
		return editor.isReadOnly();
	}

	@Override
	public IEditorInput input(int version) {
		ProgrammeInput.Stored stored = ((ProgrammeInput) editor.getEditorInput()).stored();
		return ProgrammeInput.stored(stored.location(), stored.id(), version);
	}
}
