package org.harapan.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the store knows of one version of a document, besides its bytes.
 *
 * @param kind          the kind of document, e.g. {@code curriculum}, {@code programme}
 * @param id            the document's id, shared by its versions
 * @param version       1, 2, ...
 * @param state         draft or published
 * @param effectiveFrom the date a published version applies from, {@code null} for a draft
 * @param title         a title to list it by
 * @param basedOn       what the document extends (e.g. {@code p2k2} for a regional variant), empty when nothing
 * @param savedBy       who saved the version last
 * @param savedAt       when
 * @param publishedBy   who published it, {@code null} for a draft
 * @param publishedAt   when, {@code null} for a draft
 */
public record DocumentInfo(String kind, String id, int version, DocumentState state, LocalDate effectiveFrom,
		String title, String basedOn, String savedBy, Instant savedAt, String publishedBy, Instant publishedAt) {

	/** Whether the version can no longer change. */
	public boolean isPublished() {
		return state == DocumentState.PUBLISHED;
	}
}
