package org.harapan.casework.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.harapan.store.DocumentInfo;
import org.harapan.store.DocumentResult;
import org.harapan.store.DocumentState;
import org.harapan.store.DocumentStore;
import org.harapan.store.StoredDocument;

/**
 * The versions of one kind of document in a store: load, save a draft, start a new version as a copy of the latest,
 * publish (the version becomes read-only), export to and import from files. Every write is validated first and
 * recorded in the store's document audit trail with the session's user.
 *
 * @param <T> the document's root object
 */
public class DocumentLibrary<T> {

	private final DocumentStore store;
	private final DocumentKind<T> kind;
	private final Supplier<String> user;

	public DocumentLibrary(DocumentStore store, DocumentKind<T> kind, Supplier<String> user) {
		this.store = store;
		this.kind = kind;
		this.user = user;
	}

	public DocumentKind<T> kind() {
		return kind;
	}

	public DocumentStore store() {
		return store;
	}

	/** Every version of every document of this kind, by id, then version. */
	public List<DocumentInfo> list() {
		return store.list(kind.kind());
	}

	/** The versions of one document, oldest first. */
	public List<DocumentInfo> versions(String id) {
		return store.versions(kind.kind(), id);
	}

	/** One version, read from its bytes. */
	public Optional<Versioned<T>> load(String id, int version) throws IOException {
		Optional<StoredDocument> stored = store.load(kind.kind(), id, version);
		if (stored.isEmpty()) {
			return Optional.empty();
		}
		DocumentInfo info = stored.get().info();
		return Optional.of(new Versioned<>(info, kind.read(stored.get().content(), name(info))));
	}

	/** The newest version, draft or published. */
	public Optional<Versioned<T>> latest(String id) throws IOException {
		List<DocumentInfo> versions = versions(id);
		return versions.isEmpty() ? Optional.empty() : load(id, versions.getLast().version());
	}

	/** The newest published version. */
	public Optional<Versioned<T>> latestPublished(String id) throws IOException {
		List<DocumentInfo> published = versions(id).stream().filter(DocumentInfo::isPublished).toList();
		return published.isEmpty() ? Optional.empty() : load(id, published.getLast().version());
	}

	/**
	 * Validates and stores a draft as {@code version}: a new version is inserted, a stored draft replaced. Refused
	 * (nothing stored) when the document is invalid or the version is published.
	 */
	public DocumentOutcome<T> saveDraft(T document, int version, String change) throws IOException {
		kind.stamp(document, version, DocumentState.DRAFT, null);
		Diagnostic diagnostic = kind.validate(document, publishedVersion(kind.id(document), version));
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			return DocumentOutcome.refused(document, diagnostic, NLS.bind(Messages.invalid, describe(document, version)));
		}
		DocumentResult result = store.saveDraft(info(document, version), kind.write(document), user.get(), change);
		return outcome(document, diagnostic, result);
	}

	/** Starts version n+1 of a document as a draft copy of its latest version n, and stores it. */
	public DocumentOutcome<T> newVersion(String id) throws IOException {
		Optional<Versioned<T>> latest = latest(id);
		if (latest.isEmpty()) {
			return DocumentOutcome.refused(NLS.bind(Messages.missing, kind.kind() + " " + id)); //$NON-NLS-1$
		}
		int next = latest.get().info().version() + 1;
		T copy = kind.copy(latest.get().document());
		return saveDraft(copy, next, NLS.bind(Messages.copyOf, latest.get().info().version()));
	}

	/** Publishes a stored draft from {@code effectiveFrom}: it is validated once more and becomes read-only. */
	public DocumentOutcome<T> publish(String id, int version, LocalDate effectiveFrom) throws IOException {
		Optional<Versioned<T>> stored = load(id, version);
		if (stored.isEmpty()) {
			return DocumentOutcome.refused(NLS.bind(Messages.missing, kind.kind() + " " + id + " " + version)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (stored.get().info().isPublished()) {
			return DocumentOutcome.refused(stored.get().document(), null,
					NLS.bind(Messages.alreadyPublished, describe(stored.get().document(), version)));
		}
		T document = stored.get().document();
		kind.stamp(document, version, DocumentState.PUBLISHED, effectiveFrom);
		Diagnostic diagnostic = kind.validate(document, null);
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			return DocumentOutcome.refused(document, diagnostic, NLS.bind(Messages.invalid, describe(document, version)));
		}
		return outcome(document, diagnostic,
				store.publish(kind.kind(), id, version, effectiveFrom, kind.write(document), user.get()));
	}

	/** Writes one version to a file, in the kind's file format. */
	public void export(String id, int version, Path file) throws IOException {
		StoredDocument stored = store.load(kind.kind(), id, version)
				.orElseThrow(() -> new IOException(NLS.bind(Messages.missing, kind.kind() + " " + id + " " + version))); //$NON-NLS-1$ //$NON-NLS-2$
		Files.write(file, stored.content());
	}

	/**
	 * Reads a document file and stores it: as the version it records (or the next version when the kind records
	 * none), published when the file says so. Importing a file whose version is stored with the same bytes changes
	 * nothing; a different published version of that number is refused.
	 */
	public DocumentOutcome<T> importFile(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		T document = kind.read(bytes, file.getFileName().toString());
		String id = kind.id(document);
		if (id == null || id.isBlank()) {
			return DocumentOutcome.refused(NLS.bind(Messages.noId, file.getFileName()));
		}
		int version = kind.recordedVersion(document);
		if (version <= 0) {
			List<DocumentInfo> versions = versions(id);
			version = versions.isEmpty() ? 1 : versions.getLast().version() + 1;
		}
		Optional<StoredDocument> stored = store.load(kind.kind(), id, version);
		if (stored.isPresent() && Arrays.equals(stored.get().content(), bytes)) {
			return new DocumentOutcome<>(stored.get().info(), document, Diagnostic.OK_INSTANCE, null);
		}
		return store(document, version, NLS.bind(Messages.importedFrom, file.getFileName()));
	}

	/** Stores a document as it is: as a draft, then published when it says so (an import, a shipped document). */
	public DocumentOutcome<T> store(T document, int version, String change) throws IOException {
		LocalDate effective = effectiveFrom(document);
		DocumentOutcome<T> draft = saveDraft(document, version, change);
		if (!draft.isStored() || effective == null) {
			return draft;
		}
		return publish(kind.id(document), version, effective);
	}

	/**
	 * The effective date of a document that says it is published, else {@code null}; kinds that record their state
	 * override this.
	 */
	protected LocalDate effectiveFrom(T document) {
		return null;
	}

	private T publishedVersion(String id, int version) throws IOException {
		Optional<Versioned<T>> stored = load(id, version);
		return stored.filter(v -> v.info().isPublished()).map(Versioned::document).orElse(null);
	}

	private DocumentOutcome<T> outcome(T document, Diagnostic diagnostic, DocumentResult result) {
		return result.isWritten() ? new DocumentOutcome<>(result.info(), document, diagnostic, null)
				: DocumentOutcome.refused(document, diagnostic, result.refusal());
	}

	private DocumentInfo info(T document, int version) {
		return new DocumentInfo(kind.kind(), kind.id(document), version, DocumentState.DRAFT, null,
				kind.title(document), kind.basedOn(document), null, null, null, null);
	}

	private String describe(T document, int version) {
		return kind.kind() + " " + kind.id(document) + " " + version; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String name(DocumentInfo info) {
		return info.kind() + ":" + info.id() + "/" + info.version(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
