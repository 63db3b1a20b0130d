package org.harapan.curriculum.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.harapan.casework.Casework;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.DocumentOutcome;
import org.harapan.casework.documents.Versioned;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.DocumentStatus;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.curriculum.versions.Curricula;
import org.harapan.curriculum.versions.CurriculumChange;
import org.harapan.curriculum.versions.CurriculumComparison;
import org.harapan.curriculum.versions.RegionalVariants;
import org.harapan.store.DocumentStore;

/**
 * The curricula of a store with their versions: load, save a draft, new version as a copy, publish, compare two
 * versions, regional variants resolved against the national version they extend, export and import. Get one from
 * {@link CurriculumService#library}.
 */
public final class CurriculumLibrary extends DocumentLibrary<Curriculum> {

	private final DocumentStore shipped;

	/**
	 * The curricula of the store of {@code casework}, written with its user and checked as its documents are
	 * ({@link Casework#documents()}); the shipped curriculum is stored through {@link Casework#shippedDocuments()}.
	 */
	public CurriculumLibrary(Casework casework) {
		this(casework.documents(), casework.shippedDocuments(), casework::user);
	}

	private CurriculumLibrary(DocumentStore store, DocumentStore shipped, Supplier<String> user) {
		this(store, shipped, user, new Holder());
	}

	private CurriculumLibrary(DocumentStore store, DocumentStore shipped, Supplier<String> user, Holder holder) {
		super(store, new CurriculumKind(c -> holder.library.nationalOf(c)), user);
		holder.library = this;
		this.shipped = shipped;
	}

	/** Lets the kind reach the library it belongs to (for the national curriculum of a variant). */
	private static final class Holder {
		CurriculumLibrary library;
	}

	/**
	 * Stores the shipped national P2K2 curriculum as version 1 (published) when the store has no version of it yet,
	 * whatever the session's role, recorded as {@value Casework#SYSTEM_USER} (the product's own data).
	 *
	 * @return whether it was stored now
	 */
	public boolean installShipped() throws IOException {
		if (!versions(CurriculumDocuments.NATIONAL_ID).isEmpty()) {
			return false;
		}
		Curriculum national = CurriculumDocuments.national();
		DocumentOutcome<Curriculum> outcome = new CurriculumLibrary(shipped, shipped, () -> Casework.SYSTEM_USER)
				.store(national, national.getVersion(), "shipped with the product"); //$NON-NLS-1$
		if (!outcome.isStored()) {
			throw new IOException(outcome.refusal());
		}
		return true;
	}

	@Override
	protected LocalDate effectiveFrom(Curriculum document) {
		return document.getStatus() == DocumentStatus.PUBLISHED ? document.getEffectiveFrom() : null;
	}

	/** Stores a curriculum draft as the version it records. */
	public DocumentOutcome<Curriculum> saveDraft(Curriculum draft, String change) throws IOException {
		return saveDraft(draft, draft.getVersion(), change);
	}

	/** The version, or the latest when {@code version} is empty. */
	public Optional<Versioned<Curriculum>> load(String id, Optional<Integer> version) throws IOException {
		return version.isPresent() ? load(id, version.get()) : latest(id);
	}

	/**
	 * The curriculum a group follows: the document itself, or for a regional variant the national version it
	 * extends with the variant's additions.
	 */
	public Curriculum resolved(Curriculum curriculum) {
		Curriculum national = nationalOf(curriculum);
		return national == null ? curriculum : RegionalVariants.resolve(curriculum, national);
	}

	/** What changed from version {@code older} to {@code newer} of a document. */
	public List<CurriculumChange> compare(String id, int older, int newer) throws IOException {
		Curriculum a = load(id, older).orElseThrow(() -> missing(id, older)).document();
		Curriculum b = load(id, newer).orElseThrow(() -> missing(id, newer)).document();
		return CurriculumComparison.compare(a, b);
	}

	/** The national version a regional variant extends (its basedOnVersion, else the latest published), or null. */
	Curriculum nationalOf(Curriculum curriculum) {
		if (!Curricula.isVariant(curriculum) || curriculum.getBasedOnId() == null) {
			return null;
		}
		try {
			Optional<Versioned<Curriculum>> national = curriculum.getBasedOnVersion() > 0
					? load(curriculum.getBasedOnId(), curriculum.getBasedOnVersion())
					: latestPublished(curriculum.getBasedOnId());
			return national.map(Versioned::document).orElse(null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static IOException missing(String id, int version) {
		return new IOException("curriculum " + id + " version " + version + " is not in the store"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
