package org.harapan.casework.documents;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.store.DocumentInfo;

/**
 * The outcome of storing a document version: what was stored, or why not. The diagnostic points at the objects and
 * fields of the document (validation); {@code refusal} is the store's reason (a published version is read-only).
 *
 * @param info       the stored version, {@code null} when nothing was stored
 * @param document   the document as stored (or as refused)
 * @param diagnostic its validation
 * @param refusal    why nothing was stored, {@code null} when stored
 */
public record DocumentOutcome<T>(DocumentInfo info, T document, Diagnostic diagnostic, String refusal) {

	static <T> DocumentOutcome<T> refused(T document, Diagnostic diagnostic, String refusal) {
		return new DocumentOutcome<>(null, document, diagnostic == null ? Diagnostic.OK_INSTANCE : diagnostic,
				refusal);
	}

	static <T> DocumentOutcome<T> refused(String refusal) {
		return refused(null, new BasicDiagnostic(Diagnostic.ERROR, "org.harapan.casework", 0, refusal, null), //$NON-NLS-1$
				refusal);
	}

	public boolean isStored() {
		return refusal == null;
	}
}
