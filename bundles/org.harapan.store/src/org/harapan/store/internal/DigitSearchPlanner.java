package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSort;
import org.harapan.store.RegionScope;

/**
 * Chooses how a digit search (the start of a NIK or No. KK) is answered, so that the first page of a search as you
 * type never waits for the search keys of most of the store to be checked. The member NIK and No. KK indexes count
 * the keys starting with the digits first (without reading a row); then:
 * <ol>
 * <li>at least {@link SearchText#INDEX_DIGITS} digits whose keys belong to at most {@code max} households: those
 * households, read by KPM id ({@link DigitPlan.Candidates});</li>
 * <li>else, for at least {@link #HOME_DIGITS} digits over whole kabupaten (no desa or kecamatan chosen, a session
 * not restricted to desa or kecamatan): the home region of the digits ({@link DigitPlan.Home}), the kecamatan whose
 * code they start with. A NIK or No. KK starts with the code of the kecamatan it was registered in, so a 6-digit
 * prefix usually matches thousands of that kecamatan's households, which the table's order may put after most of the
 * store. Where a person lives does not decide: the keys starting with the digits are counted in the search keys of
 * the home region's households (one read of that region) and compared with the indexes' counts. When they agree,
 * no household outside has such a key, and a page by KPM id starts at the first household found; when the indexes
 * hold more, the NIKs (and No. KK) missing in the home region are looked up and their households added by KPM id.
 * Either way the result is the one the search keys of every household give, whatever the data;</li>
 * <li>else (a home region of more than {@link #MAX_HOME} households, more than {@code max} households outside it,
 * or fewer digits) {@code null}: the search keys of every household, checked in the table's order.</li>
 * </ol>
 */
final class DigitSearchPlanner {

	/** Digit searches of at least this many digits (a kecamatan code but its last digit) may use a home region. */
	static final int HOME_DIGITS = 5;

	/** A home region with more households found than this is not read whole: its digits match most of the store. */
	static final int MAX_HOME = 25_000;

	/**
	 * A home region of several kecamatan (5 digits) with more households than this is not read: its digits are likely
	 * to match households early in any order, which the search keys of every household then find at once.
	 */
	static final int MAX_HOME_RANGE = 10_000;

	/** NIKs per statement when the households of NIKs found outside the home region are looked up. */
	private static final int IN_BATCH = 500;

	private static final String MEMBER_NIK = "SELECT nik FROM member WHERE "; //$NON-NLS-1$
	private static final String HOUSEHOLD_KK = "SELECT no_kk FROM household WHERE "; //$NON-NLS-1$

	private final Connection connection;
	private final boolean javaOrder;

	/** {@code javaOrder}: whether the database orders text as {@link String#compareTo} does (H2). */
	DigitSearchPlanner(Connection connection, boolean javaOrder) {
		this.connection = connection;
		this.javaOrder = javaOrder;
	}

	/** How the text of {@code q} is searched within {@code scope}; null: on the search keys of every household. */
	DigitPlan plan(HouseholdQuery q, RegionScope scope, int max) throws SQLException {
		String digits = SearchText.digits(q.text());
		if (digits == null || max == 0 || digits.length() < Math.min(HOME_DIGITS, SearchText.INDEX_DIGITS)) {
			return null;
		}
		long[] indexed = null; // NIKs, No. KK starting with the digits
		if (digits.length() >= SearchText.INDEX_DIGITS) {
			indexed = indexed(digits);
			int members = max * SearchText.MEMBERS_PER_HOUSEHOLD;
			if (indexed[0] <= members && indexed[1] <= max) {
				TreeSet<String> ids = new TreeSet<>();
				read(range("SELECT kpm_id FROM member WHERE ", "nik", digits) + " LIMIT " + (members + 1), bounds(digits), ids); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				read(range("SELECT kpm_id FROM household WHERE ", "no_kk", digits) + " LIMIT " + (max + 1), bounds(digits), ids); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (ids.size() <= max) {
					return new DigitPlan.Candidates(new ArrayList<>(ids));
				}
			}
		}
		if (digits.length() < HOME_DIGITS || !wholeKabupaten(q, scope)) {
			return null;
		}
		DigitPlan.Home home = DigitPlan.Home.of(digits);
		if (home.to() != null) { // a range of kecamatan
			StringBuilder region = new StringBuilder();
			List<Object> p = new ArrayList<>();
			home.appendRegion(region, p);
			if (count("SELECT h.kecamatan_code FROM household h WHERE 1=1" + region, p, MAX_HOME_RANGE + 1) > MAX_HOME_RANGE) { //$NON-NLS-1$
				return null;
			}
		}
		return found(home, q, indexed == null ? indexed(digits) : indexed, max);
	}

	/** Whether {@code q} searches whole kabupaten (no desa or kecamatan of the query or of the session's scope). */
	private static boolean wholeKabupaten(HouseholdQuery q, RegionScope scope) {
		return q.desaCode() == null && q.kecamatanCode() == null && q.desaCodes().isEmpty() && (scope.isAll()
				|| !scope.codes().isEmpty() && scope.codesAtDepth(2).isEmpty() && scope.codesAtDepth(3).isEmpty());
	}

	/** The member NIKs and the No. KK starting with {@code digits}, counted in their indexes. */
	private long[] indexed(String digits) throws SQLException {
		return new long[] { count(range(MEMBER_NIK, "nik", digits), bounds(digits), Long.MAX_VALUE), //$NON-NLS-1$
				count(range(HOUSEHOLD_KK, "no_kk", digits), bounds(digits), Long.MAX_VALUE) }; //$NON-NLS-1$
	}

	/**
	 * The home region with what its households do not hold of the {@code indexed} keys (see the class comment), or null
	 * when it has more than {@link #MAX_HOME} households found or more than {@code max} are outside.
	 */
	private DigitPlan.Home found(DigitPlan.Home home, HouseholdQuery q, long[] indexed, int max) throws SQLException {
		List<Object> p = new ArrayList<>();
		String select = keysInside(home, p);
		boolean byId = q.sort() == HouseholdSort.KPM_ID;
		String[] first = { null };
		long[] counted = new long[3]; // No. KK, NIKs, households
		// the first by KPM id: the first row read in that order, or (text ordered as Java does) the least read
		String order = byId && !javaOrder ? " ORDER BY h.kpm_id" + (q.descending() ? " DESC" : "") : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		keys(select + order + " LIMIT " + (MAX_HOME + 1), p, home.digits(), counted, null, first, //$NON-NLS-1$
				order.isEmpty() && q.descending() ? -1 : 1);
		if (counted[2] > MAX_HOME) {
			return null;
		}
		if (counted[0] == indexed[1] && counted[1] == indexed[0]) {
			return first[0] == null || !byId ? home.withOutside(List.of()) : home.startingAt(first[0], q.descending());
		}
		List<String> outside = outside(home, select, p, counted, indexed, max);
		return outside == null ? null : home.withOutside(outside);
	}

	/**
	 * The No. KK, search keys and KPM id of the households in the home region with a key starting with its digits (on
	 * H2 read from the index {@code household_search_region} alone, {@code V7__search_region_index.sql}).
	 */
	static String keysInside(DigitPlan.Home home, List<Object> p) {
		StringBuilder inside = new StringBuilder();
		home.appendInside(inside, p);
		return "SELECT h.no_kk, h.search_keys, h.kpm_id FROM household h WHERE 1=1" + inside; //$NON-NLS-1$
	}

	/**
	 * The households outside the home region with a member NIK or No. KK starting with its digits (and any household
	 * of such a NIK whose search keys do not show it), at most {@code max}; null when there are more.
	 */
	private List<String> outside(DigitPlan.Home home, String select, List<Object> p, long[] counted, long[] indexed,
			int max) throws SQLException {
		String digits = home.digits();
		TreeSet<String> ids = new TreeSet<>();
		if (indexed[0] > counted[1]) {
			Set<String> insideNiks = new HashSet<>();
			keys(select, p, digits, new long[3], insideNiks, new String[1], 1);
			List<String> outsideNiks = new ArrayList<>();
			try (PreparedStatement s = prepare(range(MEMBER_NIK, "nik", digits), bounds(digits)); //$NON-NLS-1$
					ResultSet r = s.executeQuery()) {
				while (r.next()) {
					String nik = r.getString(1);
					if (!insideNiks.contains(nik)) {
						if (outsideNiks.size() == max * SearchText.MEMBERS_PER_HOUSEHOLD) {
							return null;
						}
						outsideNiks.add(nik);
					}
				}
			}
			for (int i = 0; i < outsideNiks.size(); i += IN_BATCH) {
				List<Object> batch = new ArrayList<>(outsideNiks.subList(i, Math.min(outsideNiks.size(), i + IN_BATCH)));
				read("SELECT kpm_id FROM member WHERE nik IN (" + "?,".repeat(batch.size() - 1) + "?)", batch, ids); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		if (indexed[1] > counted[0]) {
			List<Object> q = new ArrayList<>(bounds(digits));
			StringBuilder inside = new StringBuilder();
			home.appendInside(inside, q);
			read(range("SELECT h.kpm_id FROM household h WHERE ", "h.no_kk", digits) + " AND CASE WHEN 1=1" + inside //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " THEN 0 ELSE 1 END=1 LIMIT " + (max + 1), q, ids); //$NON-NLS-1$
		}
		return ids.size() > max ? null : new ArrayList<>(ids);
	}

	/**
	 * Counts the keys starting with {@code digits} in the households {@code select} finds (its columns: No. KK, search
	 * keys, KPM id): {@code counted[0]} the No. KK, {@code counted[1]} the NIKs, which are added to {@code niks} unless
	 * null, {@code counted[2]} the households; {@code first[0]} is the KPM id of the first household read, or with
	 * {@code least} the least KPM id read ({@code least} 1) or the greatest ({@code least} -1).
	 */
	private void keys(String select, List<Object> p, String digits, long[] counted, Set<String> niks, String[] first,
			int least) throws SQLException {
		String start = ' ' + digits;
		try (PreparedStatement s = prepare(select, p); ResultSet r = s.executeQuery()) {
			while (r.next()) {
				String kk = r.getString(1) == null ? "" : r.getString(1).strip(); //$NON-NLS-1$
				String keys = r.getString(2);
				String kpmId = r.getString(3);
				if (counted[2]++ == 0 || javaOrder && kpmId.compareTo(first[0]) * least < 0) {
					first[0] = kpmId;
				}
				boolean kkFirst = !kk.isEmpty() && kk.startsWith(digits) && keys.startsWith(start); // No. KK comes first
				counted[0] += kkFirst ? 1 : 0;
				for (int i = keys.indexOf(start, kkFirst ? 1 : 0); i >= 0; i = keys.indexOf(start, i + 1)) {
					counted[1]++;
					if (niks != null) {
						int end = keys.indexOf(' ', i + 1);
						niks.add(keys.substring(i + 1, end < 0 ? keys.length() : end));
					}
				}
			}
		}
	}

	/** {@code select} with the condition that {@code column} starts with {@code digits} (a range of its index). */
	private static String range(String select, String column, String digits) {
		return select + column + ">=?" + (SearchText.after(digits) == null ? "" : " AND " + column + "<?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The parameters of {@link #range}. */
	private static List<Object> bounds(String digits) {
		String after = SearchText.after(digits);
		return after == null ? List.of(digits) : List.of(digits, after);
	}

	/** The rows {@code select} finds, counted up to {@code limit}. */
	private long count(String select, List<Object> p, long limit) throws SQLException {
		String sql = limit < Long.MAX_VALUE ? "SELECT COUNT(*) FROM (" + select + " LIMIT " + limit + ") found" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: select.replaceFirst("^SELECT [a-z_.]+ FROM", "SELECT COUNT(*) FROM"); //$NON-NLS-1$ //$NON-NLS-2$
		try (PreparedStatement s = prepare(sql, p); ResultSet r = s.executeQuery()) {
			r.next();
			return r.getLong(1);
		}
	}

	/** Adds the first column of the rows {@code select} finds to {@code ids}. */
	private void read(String select, List<Object> p, Set<String> ids) throws SQLException {
		try (PreparedStatement s = prepare(select, p); ResultSet r = s.executeQuery()) {
			while (r.next()) {
				ids.add(r.getString(1));
			}
		}
	}

	private PreparedStatement prepare(String sql, List<Object> p) throws SQLException {
		PreparedStatement s = connection.prepareStatement(sql);
		for (int i = 0; i < p.size(); i++) {
			s.setObject(i + 1, p.get(i));
		}
		return s;
	}
}
