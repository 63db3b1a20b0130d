package org.harapan.ui.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.DocumentOutcome;
import org.harapan.store.DocumentAudit;
import org.harapan.ui.UiFeedback;

/**
 * The version commands the document editors (curriculum, programme) share, on a {@link DocumentLibrary} of the
 * store: start a new version as a copy of the latest, publish a saved draft from an effective date (it becomes
 * read-only), and show the document's audit trail (who saved and published which version, when).
 */
public final class VersionCommands {

	/** What the editor of one stored version tells the commands. */
	public interface Host {
		DocumentLibrary<?> library();

		String documentId();

		int version();

		/** Whether this version is published (read-only). */
		boolean published();

		/** The editor input of another version of the document, in the same store. */
		IEditorInput input(int version);
	}

	private final IEditorPart editor;
	private final String editorId;
	private final Host host;

	/** The commands of {@code editor} (whose id is {@code editorId}) on the version {@code host} tells. */
	public VersionCommands(IEditorPart editor, String editorId, Host host) {
		this.editor = editor;
		this.editorId = editorId;
		this.host = host;
	}

	/** Opens {@code version} of the document; {@code replace}: in place of this editor (closed first). */
	private void open(int version, boolean replace) throws PartInitException {
		IWorkbenchPage page = editor.getSite().getPage();
		if (replace) {
			page.closeEditor(editor, false);
		}
		page.openEditor(host.input(version), editorId);
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}

	private String title() {
		return editor.getTitle();
	}

	/** Starts version n+1 as a copy of the latest and opens it; {@code false} (with a message) when refused. */
	public boolean newVersion() {
		try {
			DocumentOutcome<?> outcome = host.library().newVersion(host.documentId());
			if (!outcome.isStored()) {
				error(outcome.refusal());
				return false;
			}
			open(outcome.info().version(), false);
			return true;
		} catch (IOException | PartInitException e) {
			error(e.getMessage());
			return false;
		}
	}

	/** Asks for the effective date and publishes this saved draft; the editor then shows it read-only. */
	public void publish() {
		if (host.published()) {
			error(Messages.readOnly);
			return;
		}
		if (editor.isDirty()) {
			error(Messages.saveFirst);
			return;
		}
		InputDialog ask = new InputDialog(shell(), NLS.bind(Messages.publishTitle, title()),
				NLS.bind(Messages.publishPrompt, host.version()), LocalDate.now().toString(),
				value -> date(value) == null ? Messages.dateInvalid : null);
		if (ask.open() == Window.OK) {
			publish(date(ask.getValue()));
		}
	}

	/** Publishes this draft from {@code effectiveFrom} and reopens it (read-only); {@code false} when refused. */
	public boolean publish(LocalDate effectiveFrom) {
		try {
			DocumentOutcome<?> outcome = host.library().publish(host.documentId(), host.version(), effectiveFrom);
			if (!outcome.isStored()) {
				error(outcome.refusal());
				return false;
			}
			open(host.version(), true);
			return true;
		} catch (IOException | PartInitException e) {
			error(e.getMessage());
			return false;
		}
	}

	/** Shows the audit trail of the document. */
	public void showHistory() {
		MessageDialog.open(MessageDialog.INFORMATION, shell(), NLS.bind(Messages.historyTitle, title()),
				history(), 0, IDialogConstants.OK_LABEL);
	}

	/** The audit trail of the document, one line per change, oldest first, in the workbench's language. */
	public String history() {
		List<DocumentAudit> trail = host.library().store().history(host.library().kind().kind(), host.documentId());
		if (trail.isEmpty()) {
			return Messages.historyEmpty;
		}
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
				.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
		StringBuilder text = new StringBuilder();
		for (DocumentAudit a : trail) {
			String action = switch (a.action()) {
			case "saved" -> Messages.actionSaved; //$NON-NLS-1$
			case "published" -> Messages.actionPublished; //$NON-NLS-1$
			default -> a.action();
			};
			text.append(NLS.bind(Messages.historyLine, new Object[] { a.version(), action, a.user(),
					when.format(a.at()), a.change() == null || a.change().isBlank() ? "" : " \u2014 " + a.change() })) //$NON-NLS-1$ //$NON-NLS-2$
					.append('\n');
		}
		return text.toString().strip();
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A refusal (casework's or the store's reason, in the user's language) as a message, through the error handler. */
	private void error(String message) {
		UiFeedback.showError(message, null);
	}
}
