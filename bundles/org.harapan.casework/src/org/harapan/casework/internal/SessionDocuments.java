package org.harapan.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.harapan.casework.Access;
import org.harapan.casework.Casework;
import org.harapan.casework.Refusal;
import org.harapan.store.CaseStore;
import org.harapan.store.DocumentAudit;
import org.harapan.store.DocumentInfo;
import org.harapan.store.DocumentResult;
import org.harapan.store.DocumentStore;
import org.harapan.store.StoredDocument;

/**
 * The curricula and programmes of a casework session's store. Every role reads them; saving a draft (a new version,
 * an import) and publishing need a programme designer or an administrator (or the one user of a store without
 * users): others are refused with the reason and the refusal is audited. Writes are recorded with the session's
 * user, whatever user the caller names.
 * <p>
 * The {@link #shipped} variant stores the product's own documents on a store's first use as
 * {@value Casework#SYSTEM_USER}, whatever the session's role: only a document of which no version is stored yet,
 * then publishing that version; everything else goes through the checks above.
 */
final class SessionDocuments implements DocumentStore {

	private final CaseStore store;
	private final Supplier<Access> access;
	private final Guard guard;
	private final boolean shipped;

	private SessionDocuments(CaseStore store, Supplier<Access> access, Guard guard, boolean shipped) {
		this.store = store;
		this.access = access;
		this.guard = guard;
		this.shipped = shipped;
	}

	/** The documents as the session's user reads and writes them; refusals audited through {@code guard}. */
	static DocumentStore of(CaseStore store, Supplier<Access> access, Guard guard) {
		return new SessionDocuments(store, access, guard, false);
	}

	/** The documents as the product stores the ones it ships, on a store's first use. */
	static DocumentStore shipped(CaseStore store, Supplier<Access> access, Guard guard) {
		return new SessionDocuments(store, access, guard, true);
	}

	private DocumentStore documents() {
		return store.documents();
	}

	@Override
	public List<DocumentInfo> list(String kind) {
		return documents().list(kind);
	}

	@Override
	public List<DocumentInfo> versions(String kind, String id) {
		return documents().versions(kind, id);
	}

	@Override
	public Optional<StoredDocument> load(String kind, String id, int version) {
		return documents().load(kind, id, version);
	}

	@Override
	public List<DocumentAudit> history(String kind, String id) {
		return documents().history(kind, id);
	}

	@Override
	public DocumentResult saveDraft(DocumentInfo info, byte[] content, String user, String change) {
		if (shipped && versions(info.kind(), info.id()).isEmpty()) {
			return documents().saveDraft(info, content, Casework.SYSTEM_USER, firstUse(change));
		}
		Refusal refusal = refusal(info.kind(), info.id(), info.version());
		return refusal != null ? refuse(refusal) : documents().saveDraft(info, content, access.get().user(), change);
	}

	@Override
	public DocumentResult publish(String kind, String id, int version, LocalDate effectiveFrom, byte[] content,
			String user) {
		if (shipped && savedBySystemOnly(kind, id, version)) {
			return documents().publish(kind, id, version, effectiveFrom, content, Casework.SYSTEM_USER);
		}
		Refusal refusal = refusal(kind, id, version);
		return refusal != null ? refuse(refusal)
				: documents().publish(kind, id, version, effectiveFrom, content, access.get().user());
	}

	/** Whether the document's only version is {@code version}, a draft the product stored ({@link #shipped}). */
	private boolean savedBySystemOnly(String kind, String id, int version) {
		List<DocumentInfo> versions = versions(kind, id);
		return versions.size() == 1 && versions.get(0).version() == version && !versions.get(0).isPublished()
				&& Casework.SYSTEM_USER.equals(versions.get(0).savedBy());
	}

	private String firstUse(String change) {
		String first = "first use of the store by " + access.get().user(); //$NON-NLS-1$
		return change == null || change.isBlank() ? first : change + " (" + first + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Refusal refusal(String kind, String id, int version) {
		Access a = access.get();
		return a.mayWriteDocuments() ? null
				: Refusal.of("documentNotAllowed", kind, id, version, a.user(), a.role().word()); //$NON-NLS-1$
	}

	private DocumentResult refuse(Refusal refusal) {
		guard.audit(null, refusal);
		return DocumentResult.refused(refusal.message());
	}
}
