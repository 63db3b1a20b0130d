package org.harapan.casework.documents;

import java.io.IOException;
import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.store.DocumentState;

/**
 * What a {@link DocumentLibrary} needs to know of one kind of document (a curriculum, a programme): how to read and
 * write its bytes, its id and title, and how to validate it. The store only keeps bytes; this is where a kind's
 * meaning lives.
 *
 * @param <T> the document's root object
 */
public interface DocumentKind<T> {

	/** The kind's name in the store, e.g. {@code curriculum}. */
	String kind();

	/** The file extension of exported documents, e.g. {@code curriculum}. */
	String extension();

	/** Reads a document; {@code name} (a file or store name) appears in the message of a refused one. */
	T read(byte[] content, String name) throws IOException;

	/** Writes a document in its file format (the same bytes as an exported file). */
	byte[] write(T document) throws IOException;

	/** A deep copy that shares nothing with {@code document}. */
	T copy(T document);

	String id(T document);

	String title(T document);

	/** What the document extends (a regional variant's national document), empty when nothing. */
	default String basedOn(T document) {
		return ""; //$NON-NLS-1$
	}

	/** The version the document itself records, 0 when the kind does not record one (the store's then counts). */
	default int recordedVersion(T document) {
		return 0;
	}

	/** Records version, state and effective date in the document, where the kind keeps them; else nothing. */
	default void stamp(T document, int version, DocumentState state, LocalDate effectiveFrom) {
		// the kind keeps these only in the store
	}

	/**
	 * Validates a document before it is stored.
	 *
	 * @param published the stored published version of the same number, when there is one (a changed published
	 *                  version is an error: it is read-only)
	 */
	Diagnostic validate(T document, T published);
}
