package org.harapan.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Versioned documents of a store (P2K2 curricula, aid programmes): each version's bytes with its metadata, so that
 * every workbench sharing a central store sees the same documents. The store knows nothing of what a document
 * means; the service owning a kind reads and writes its bytes. A draft version may be saved again; a published one
 * is read-only. Every write is one transaction with a row in the document audit trail. Obtained from
 * {@link CaseStore#documents()}.
 */
public interface DocumentStore {

	/** Every version of every document of {@code kind}, by id, then version. */
	List<DocumentInfo> list(String kind);

	/** The versions of one document, oldest first; empty when it is not stored. */
	List<DocumentInfo> versions(String kind, String id);

	/** One version with its bytes. */
	Optional<StoredDocument> load(String kind, String id, int version);

	/**
	 * Stores a draft: a version not stored yet is inserted, a stored draft replaced. Refused when that version is
	 * published (read-only).
	 *
	 * @param info    kind, id, version, title and basedOn are used; state, dates and users are the store's
	 * @param content the document's bytes
	 * @param user    who saves, for the audit trail
	 * @param change  what changed, for the audit trail (may be {@code null})
	 */
	DocumentResult saveDraft(DocumentInfo info, byte[] content, String user, String change);

	/**
	 * Publishes a stored draft with its final bytes (which say it is published) from {@code effectiveFrom}: from then
	 * on the version is read-only. Refused when the version is not stored or already published.
	 */
	DocumentResult publish(String kind, String id, int version, LocalDate effectiveFrom, byte[] content,
			String user);

	/** The audit trail of one document, oldest first. */
	List<DocumentAudit> history(String kind, String id);
}
