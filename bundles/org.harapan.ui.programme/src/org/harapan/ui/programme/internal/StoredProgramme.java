package org.harapan.ui.programme.internal;

import java.io.IOException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.DocumentOutcome;
import org.harapan.casework.documents.ProgrammeDocumentKind;
import org.harapan.casework.documents.Versioned;
import org.harapan.programme.Programme;
import org.harapan.store.DocumentInfo;
import org.harapan.ui.cases.Services;
import org.harapan.ui.programme.ProgrammeInput;

/**
 * A programme version of a store's document library, open in the programme editor: the casework session it was
 * read through (closed with the editor), the library, and what the store says of the version. Drafts are saved
 * back through the library (validated, recorded in the document audit trail with the session's user).
 */
public final class StoredProgramme implements AutoCloseable {

	private final Casework casework;
	private final DocumentLibrary<Programme> library;
	private final Programme document;
	private DocumentInfo info;

	private StoredProgramme(Casework casework, DocumentLibrary<Programme> library, Versioned<Programme> loaded) {
		this.casework = casework;
		this.library = library;
		this.document = loaded.document();
		this.info = loaded.info();
	}

	/** Opens the store of {@code stored} and reads its version; an {@link IOException} when it is not there. */
	public static StoredProgramme open(ProgrammeInput.Stored stored) throws IOException {
		CaseworkService service;
		try {
			service = Services.await(CaseworkService.class)
					.orElseThrow(() -> new IOException(CaseworkService.class.getSimpleName()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		Casework casework = null;
		try {
			NullProgressMonitor monitor = new NullProgressMonitor();
			casework = stored.location() == null ? service.openDefault(monitor) : service.open(stored.location(), monitor);
			DocumentLibrary<Programme> library = library(casework);
			Versioned<Programme> loaded = library.load(stored.id(), stored.version())
					.orElseThrow(() -> new IOException(stored.id() + " " + stored.version())); //$NON-NLS-1$
			return new StoredProgramme(casework, library, loaded);
		} catch (IOException | RuntimeException e) {
			if (casework != null) {
				casework.close();
			}
			throw e;
		}
	}

	/** The programme documents of the store a casework session works on. */
	public static DocumentLibrary<Programme> library(Casework casework) {
		return new DocumentLibrary<>(casework.documents(), new ProgrammeDocumentKind(), casework::user);
	}

	/** Saves {@code edited} as this draft version (refused, nothing stored, when invalid or published). */
	public DocumentOutcome<Programme> saveDraft(Programme edited) throws IOException {
		DocumentOutcome<Programme> outcome = library.saveDraft(edited, info.version(), "programme editor"); //$NON-NLS-1$
		if (outcome.isStored()) {
			info = outcome.info();
		}
		return outcome;
	}

	public Programme document() {
		return document;
	}

	public DocumentInfo info() {
		return info;
	}

	public DocumentLibrary<Programme> library() {
		return library;
	}

	public boolean published() {
		return info.isPublished();
	}

	@Override
	public void close() {
		casework.close();
	}
}
