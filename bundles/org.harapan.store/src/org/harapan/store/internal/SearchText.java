package org.harapan.store.internal;

import java.util.List;
import java.util.Locale;

import org.harapan.model.Household;
import org.harapan.model.Member;

/**
 * The search-as-you-type condition of a household query: digits match the start of a member's NIK or of the
 * No. KK; other text matches part of the head's name or of the KPM id. Case-insensitive.
 * <p>
 * A digit search is first counted in the member NIK and No. KK indexes ({@link DigitSearchPlanner}): at least
 * {@link #INDEX_DIGITS} digits found in at most {@link #MAX_CANDIDATES} households are read by KPM id; a prefix that
 * matches more (a kecamatan code matches a whole kecamatan) is answered through the kecamatan it names; otherwise
 * (fewer digits, or the plan does not apply) it is checked on the household row itself, in its {@code search_keys}
 * column (schema: {@code V4__search_index.sql}), while the rows are read in the table's order, so that a page stops
 * early and no subquery runs per household.
 */
final class SearchText {

	private SearchText() {
	}

	/**
	 * Digit searches shorter than this (a provinsi or kabupaten code and the start of a kecamatan's) match most of a
	 * store's households: their households are not looked up in the indexes.
	 */
	static final int INDEX_DIGITS = 6;

	/** At most this many households found through the indexes are looked up by KPM id. */
	static final int MAX_CANDIDATES = 2_000;

	/** At most this many member NIKs per candidate are looked up to find the candidates (a household has a few). */
	static final int MEMBERS_PER_HOUSEHOLD = 4;

	/** The length of the {@code search_keys} column. */
	static final int MAX_KEYS = 4_000;

	/**
	 * The search keys of a household: its No. KK and every member's NIK, each preceded by a space (keys that do not
	 * fit in {@link #MAX_KEYS} are left out; such a household is still found through the NIK index).
	 */
	static String keys(Household household) {
		StringBuilder keys = new StringBuilder();
		add(keys, household.getNoKK());
		for (Member m : household.getMembers()) {
			add(keys, m.getNik());
		}
		return keys.toString();
	}

	private static void add(StringBuilder keys, String key) {
		if (key != null && !key.isBlank() && keys.length() + key.strip().length() + 1 <= MAX_KEYS) {
			keys.append(' ').append(key.strip());
		}
	}

	/** The digits of a digit search (the start of a NIK or No. KK), else null. */
	static String digits(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return !t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9') ? t : null;
	}

	/**
	 * The smallest digit string after every string starting with {@code digits} ("640108" → "640109", "6419" →
	 * "642"), or null when there is none ("999").
	 */
	static String after(String digits) {
		int i = digits.length() - 1;
		while (i >= 0 && digits.charAt(i) == '9') {
			i--;
		}
		return i < 0 ? null : digits.substring(0, i) + (char) (digits.charAt(i) + 1);
	}

	/**
	 * Appends the condition of {@code text}; {@code plan}: how a digit search is answered ({@link DigitSearchPlanner};
	 * null: on the search keys of every household, or not a digit search). A {@link DigitPlan.Home} with households
	 * outside its region is a union ({@link StoreQueries#where}), not one condition.
	 */
	static void append(String text, DigitPlan plan, StringBuilder w, List<Object> p) {
		if (text == null || text.isBlank()) {
			return;
		}
		String digits = digits(text);
		if (digits == null) {
			String t = '%' + escape(text.strip().toUpperCase(Locale.ROOT)) + '%';
			w.append(" AND (h.head_name_upper LIKE ? ESCAPE '\\' OR h.kpm_id LIKE ? ESCAPE '\\')"); //$NON-NLS-1$
			p.add(t);
			p.add(t);
		} else if (plan instanceof DigitPlan.Candidates c) {
			appendIn(c.kpmIds(), w, p);
		} else if (plan instanceof DigitPlan.Home home) {
			home.appendFound(w, p);
		} else {
			appendKeys(digits, w, p);
		}
	}

	/** Appends the condition that a key of household {@code h} (its No. KK or a member's NIK) starts with {@code digits}. */
	static void appendKeys(String digits, StringBuilder w, List<Object> p) {
		w.append(" AND h.search_keys LIKE ?"); //$NON-NLS-1$
		p.add("% " + digits + '%'); //$NON-NLS-1$
	}

	/** Appends the condition that household {@code h} is one of {@code kpmIds}. */
	static void appendIn(List<String> kpmIds, StringBuilder w, List<Object> p) {
		if (kpmIds.isEmpty()) {
			w.append(" AND 1=0"); //$NON-NLS-1$
		} else {
			w.append(" AND h.kpm_id IN (").append("?,".repeat(kpmIds.size() - 1)).append("?)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p.addAll(kpmIds);
		}
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
