package org.harapan.store.internal;

import java.util.List;
import java.util.Locale;

/**
 * The search-as-you-type condition of a household query: digits match the start of a member's NIK or of the
 * No. KK, or part of the KPM id; other text matches part of the head's name or of the KPM id. Case-insensitive.
 */
final class SearchText {

	private SearchText() {
	}

	/** NIK and No. KK prefixes at least this long are looked up in their indexes first (they are selective). */
	static final int SELECTIVE_DIGITS = 6;

	/** Digit searches up to this long (a kabupaten code and less) match most households. */
	static final int REGION_DIGITS = 5;

	/** At most this many households found through the indexes are looked up by KPM id. */
	static final int MAX_CANDIDATES = 10_000;

	/** At most this many members are read to find the candidates (a household has a few members). */
	static final int MAX_MEMBERS = 50_000;

	/** The NIK / No. KK prefix of a selective digit search (see {@link #SELECTIVE_DIGITS}), else null. */
	static String selectivePrefix(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.length() >= SELECTIVE_DIGITS && t.chars().allMatch(c -> c >= '0' && c <= '9') ? t + '%' : null;
	}

	/**
	 * Appends the condition of {@code text}; {@code candidates} are the households a selective digit search found
	 * through the NIK and No. KK indexes (null: not looked up, or too many).
	 */
	static void append(String text, List<String> candidates, StringBuilder w, List<Object> p) {
		if (text == null || text.isBlank()) {
			return;
		}
		String t = escape(text.strip().toUpperCase(Locale.ROOT));
		if (!t.chars().allMatch(Character::isDigit)) {
			w.append(" AND (h.head_name_upper LIKE ? ESCAPE '\\' OR h.kpm_id LIKE ? ESCAPE '\\')"); //$NON-NLS-1$
			p.add('%' + t + '%');
			p.add('%' + t + '%');
		} else if (candidates != null) {
			if (candidates.isEmpty()) {
				w.append(" AND 1=0"); //$NON-NLS-1$
			} else {
				w.append(" AND h.kpm_id IN (").append("?,".repeat(candidates.size() - 1)).append("?)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				p.addAll(candidates);
			}
		} else if (t.length() <= REGION_DIGITS) {
			// the start of a kabupaten code matches most of a kabupaten: checked household by household, so that a
			// page (or a capped count) stops early
			w.append(" AND (h.no_kk LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM member m WHERE m.kpm_id=h.kpm_id" //$NON-NLS-1$
					+ " AND m.nik LIKE ? ESCAPE '\\'))"); //$NON-NLS-1$
			p.add(t + '%');
			p.add(t + '%');
		} else {
			// a kecamatan's share of the members: found once through the NIK index
			w.append(" AND (h.no_kk LIKE ? ESCAPE '\\' OR h.kpm_id IN (SELECT m.kpm_id FROM member m" //$NON-NLS-1$
					+ " WHERE m.nik LIKE ? ESCAPE '\\'))"); //$NON-NLS-1$
			p.add(t + '%');
			p.add(t + '%');
		}
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
