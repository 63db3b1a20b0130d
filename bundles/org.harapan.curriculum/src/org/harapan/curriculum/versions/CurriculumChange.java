package org.harapan.curriculum.versions;

import org.eclipse.emf.ecore.EObject;

/**
 * One difference between two versions of a curriculum.
 *
 * @param kind    added (only in the newer), removed (only in the older) or changed (a field differs)
 * @param where   what it concerns, in the user's language, e.g. {@code session 5, step 3}
 * @param field   the changed field ({@code titleEn}), empty for an added or removed object
 * @param before  the older value (or the removed object), {@code null} when added
 * @param after   the newer value (or the added object), {@code null} when removed
 * @param older   the object of the older version, {@code null} when added
 * @param newer   the object of the newer version, {@code null} when removed
 */
public record CurriculumChange(Kind kind, String where, String field, Object before, Object after, EObject older,
		EObject newer) {

	public enum Kind {
		ADDED, REMOVED, CHANGED
	}
}
