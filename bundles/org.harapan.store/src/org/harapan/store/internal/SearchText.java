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

	static void append(String text, StringBuilder w, List<Object> p) {
		if (text == null || text.isBlank()) {
			return;
		}
		String t = escape(text.strip().toUpperCase(Locale.ROOT));
		if (t.chars().allMatch(Character::isDigit)) {
			w.append(" AND (h.no_kk LIKE ? ESCAPE '\\' OR h.kpm_id LIKE ? ESCAPE '\\'" //$NON-NLS-1$
					+ " OR h.kpm_id IN (SELECT m.kpm_id FROM member m WHERE m.nik LIKE ? ESCAPE '\\'))"); //$NON-NLS-1$
			p.add(t + '%');
			p.add('%' + t + '%');
			p.add(t + '%');
		} else {
			w.append(" AND (h.head_name_upper LIKE ? ESCAPE '\\' OR h.kpm_id LIKE ? ESCAPE '\\')"); //$NON-NLS-1$
			p.add('%' + t + '%');
			p.add('%' + t + '%');
		}
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
