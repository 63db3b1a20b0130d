package org.harapan.store.internal;

import java.util.List;

/**
 * How the store answers a digit search (the start of a NIK or No. KK) without checking the search keys of every
 * household in the table's order ({@link DigitSearchPlanner} chooses; {@code null} is that check).
 */
sealed interface DigitPlan {

	/** The households the member NIK and No. KK indexes found: read by KPM id. */
	record Candidates(List<String> kpmIds) implements DigitPlan {
	}

	/**
	 * The households of a home region whose search keys start with the digits, and {@code outside} it the households
	 * the indexes found with a key starting with them ({@link DigitSearchPlanner}).
	 *
	 * @param digits  the digits searched
	 * @param from    the smallest kecamatan code of the home region
	 * @param to      the smallest kecamatan code after it; {@code null}: the home region is the kecamatan {@code from}
	 * @param outside the households found outside the home region (their union with those inside is the result)
	 * @param first   when no household outside it has a key starting with the digits (the search keys decide alone)
	 *                and the households are shown by KPM id: the KPM id of the first one in that order, so that the
	 *                table's order starts there; else null
	 * @param last    whether {@code first} is the largest KPM id (households shown by KPM id, descending)
	 */
	record Home(String digits, String from, String to, List<String> outside, String first, boolean last)
			implements DigitPlan {

		/**
		 * The region whose kecamatan codes start as {@code digits} do ("640106…" → 64.01.06, "64011" → 64.01.10 to
		 * 64.01.19): a NIK starts with the code of the kecamatan it was registered in, a No. KK too.
		 */
		static Home of(String digits) {
			String d = digits.substring(0, Math.min(6, digits.length()));
			StringBuilder code = new StringBuilder();
			for (int i = 0; i < d.length(); i++) {
				if (i == 2 || i == 4) {
					code.append('.');
				}
				code.append(d.charAt(i));
			}
			String from = code.toString();
			return new Home(digits, from, d.length() == 6 ? null : SearchText.after(from), List.of(), null, false);
		}

		/** This region with the households found outside it. */
		Home withOutside(List<String> kpmIds) {
			return new Home(digits, from, to, List.copyOf(kpmIds), null, false);
		}

		/** This region, all households found being in it: the first of them by KPM id is {@code kpmId}. */
		Home startingAt(String kpmId, boolean descending) {
			return new Home(digits, from, to, List.of(), kpmId, descending);
		}

		/** Appends the condition that a household {@code h} is in the home region. */
		void appendRegion(StringBuilder w, List<Object> p) {
			if (to == null) {
				w.append(" AND h.kecamatan_code=?"); //$NON-NLS-1$
				p.add(from);
			} else {
				w.append(" AND h.kecamatan_code>=? AND h.kecamatan_code<?"); //$NON-NLS-1$
				p.add(from);
				p.add(to);
			}
		}

		/** Appends the condition of the households found in the home region. */
		void appendInside(StringBuilder w, List<Object> p) {
			appendRegion(w, p);
			SearchText.appendKeys(digits, w, p);
		}

		/**
		 * Appends the condition of the households found, when none is outside the home region: from the first by KPM
		 * id on (a range of the KPM id index, so that a page is read without the region's other households), else in
		 * the home region.
		 */
		void appendFound(StringBuilder w, List<Object> p) {
			if (first == null) {
				appendInside(w, p);
			} else {
				SearchText.appendKeys(digits, w, p);
				w.append(last ? " AND h.kpm_id<=?" : " AND h.kpm_id>=?"); //$NON-NLS-1$ //$NON-NLS-2$
				p.add(first);
			}
		}

		/** Appends the condition of the households found outside the home region (not those found inside). */
		void appendOutside(StringBuilder w, List<Object> p) {
			SearchText.appendIn(outside, w, p);
			StringBuilder inside = new StringBuilder();
			appendInside(inside, p);
			w.append(" AND CASE WHEN 1=1").append(inside).append(" THEN 0 ELSE 1 END=1"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
