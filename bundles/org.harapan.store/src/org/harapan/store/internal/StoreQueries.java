package org.harapan.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.time.YearMonth;

import org.harapan.model.HouseholdStatus;
import org.harapan.store.AuditEntry;
import org.harapan.store.ChildQuery;
import org.harapan.store.ChildSummary;
import org.harapan.store.HouseholdFilter;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.RegionScope;
import org.harapan.store.StoreStatistics;

/** The read side of the store: every query runs on indexed columns, never on the serialized trees. */
final class StoreQueries implements AutoCloseable {

	/** The columns a union of household rows keeps for {@link #SUMMARY_COLUMNS} and the sort orders. */
	private static final String UNION_COLUMNS = "h.kpm_id, h.no_kk, h.head_name, h.desa_code, h.facilitator, " //$NON-NLS-1$
			+ "h.status, h.member_count, h.version, h.head_name_upper"; //$NON-NLS-1$

	private static final String SUMMARY_COLUMNS = "h.kpm_id, h.no_kk, h.head_name, h.desa_code, h.facilitator, " //$NON-NLS-1$
			+ "h.status, h.member_count, h.version"; //$NON-NLS-1$

	private final Connection connection;
	private final PreparedStatement nikHolder;
	private final PreparedStatement desaOf;
	private final DigitSearchPlanner planner;
	/** The households this store's session may see ({@link JdbcCaseStore#restrictTo}). */
	private volatile RegionScope scope = RegionScope.ALL;
	private volatile int maxCandidates = SearchText.MAX_CANDIDATES;

	StoreQueries(Connection connection, Dialect dialect) throws SQLException {
		this.connection = connection;
		this.nikHolder = connection.prepareStatement(dialect.nikHolderQuery());
		this.desaOf = connection.prepareStatement(dialect.storedDesaQuery());
		this.planner = new DigitSearchPlanner(connection, dialect == Dialect.H2); // H2 orders text as Java does
	}

	/** The desa code household {@code kpmId} is stored under, whatever the scope; empty when it is not stored. */
	Optional<String> storedDesa(String kpmId) throws SQLException {
		desaOf.setString(1, kpmId);
		try (ResultSet r = desaOf.executeQuery()) {
			return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
		}
	}

	/** {@link #householdOfNik} when that household is in this session's scope. */
	Optional<String> householdOfNikInScope(String nik) throws SQLException {
		Optional<String> id = householdOfNik(nik);
		return scope.isAll() || id.isEmpty() ? id : storedDesa(id.get()).filter(scope::contains).flatMap(d -> id);
	}

	/**
	 * At most this many households a digit search finds through the indexes are read by KPM id, or outside the
	 * kecamatan it names (0: every digit search on the search keys of every household).
	 */
	void setMaxCandidates(int households) {
		maxCandidates = Math.max(0, households);
	}

	int maxCandidates() {
		return maxCandidates;
	}

	Optional<String> householdOfNik(String nik) throws SQLException {
		nikHolder.setString(1, nik);
		try (ResultSet r = nikHolder.executeQuery()) {
			return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
		}
	}

	record Sql(String text, List<Object> parameters) {
	}

	RegionScope scope() {
		return scope;
	}

	/** Restricts the session once; a restricted session cannot be widened. */
	void restrictTo(RegionScope value) {
		if (!scope.isAll()) {
			throw new IllegalStateException("This store session is already restricted to " + scope); //$NON-NLS-1$
		}
		scope = value;
	}

	/** The conditions of {@code q} within this session's scope, as of today. */
	Sql where(HouseholdQuery q) {
		return where(q, LocalDate.now(), null, scope);
	}

	/**
	 * Appends the condition that a row of {@code alias} (a table with {@code desa_code}, {@code kecamatan_code} and
	 * {@code kabupaten_code}) is in {@code scope}: IN lists on the indexed region columns, nothing for {@link RegionScope#ALL}.
	 */
	static void scope(String alias, RegionScope scope, StringBuilder w, List<Object> p) {
		if (scope.isAll()) {
			return;
		}
		List<String> any = new ArrayList<>();
		String[] columns = { "kabupaten_code", "kecamatan_code", "desa_code" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int dots = 1; dots <= 3; dots++) {
			Set<String> codes = scope.codesAtDepth(dots);
			if (!codes.isEmpty()) {
				any.add(alias + columns[dots - 1] + " IN (" + "?,".repeat(codes.size() - 1) + "?)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				p.addAll(codes);
			}
		}
		for (String provinsi : scope.codesAtDepth(0)) {
			any.add(alias + "kabupaten_code LIKE ?"); //$NON-NLS-1$
			p.add(provinsi + ".%"); //$NON-NLS-1$
		}
		w.append(any.isEmpty() ? " AND 1=0" : " AND (" + String.join(" OR ", any) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * The households of {@code q} as a FROM clause of household rows {@code h}; {@code plan}: how its digit search is
	 * answered ({@link #plan}), or null. A home region with households found outside it is the union of both.
	 */
	static Sql where(HouseholdQuery q, LocalDate today, DigitPlan plan, RegionScope scope) {
		if (plan instanceof DigitPlan.Home home && !home.outside().isEmpty()) {
			Sql inside = conditions(q, today, scope, home::appendInside);
			Sql outside = conditions(q, today, scope, home::appendOutside);
			List<Object> p = new ArrayList<>(inside.parameters());
			p.addAll(outside.parameters());
			return new Sql(" FROM (SELECT " + UNION_COLUMNS + inside.text() + " UNION ALL SELECT " + UNION_COLUMNS //$NON-NLS-1$ //$NON-NLS-2$
					+ outside.text() + ") h", p); //$NON-NLS-1$
		}
		return conditions(q, today, scope, (w, p) -> SearchText.append(q.text(), plan, w, p));
	}

	/** The conditions of {@code q} on household rows {@code h}, with {@code text} the condition of its search text. */
	private static Sql conditions(HouseholdQuery q, LocalDate today, RegionScope scope,
			BiConsumer<StringBuilder, List<Object>> text) {
		StringBuilder w = new StringBuilder(" FROM household h WHERE 1=1"); //$NON-NLS-1$
		List<Object> p = new ArrayList<>();
		scope("h.", scope, w, p); //$NON-NLS-1$
		condition(w, p, " AND h.desa_code=?", q.desaCode()); //$NON-NLS-1$
		condition(w, p, " AND h.kecamatan_code=?", q.kecamatanCode()); //$NON-NLS-1$
		condition(w, p, " AND h.facilitator=?", q.facilitator()); //$NON-NLS-1$
		condition(w, p, " AND h.status=?", q.status() == null ? null : q.status().getLiteral()); //$NON-NLS-1$
		condition(w, p, " AND h.no_kk=?", q.noKK()); //$NON-NLS-1$
		condition(w, p, " AND h.kpm_id IN (SELECT m.kpm_id FROM member m WHERE m.nik=?)", q.nik()); //$NON-NLS-1$
		if (q.namePrefix() != null && !q.namePrefix().isEmpty()) {
			w.append(" AND h.head_name_upper LIKE ? ESCAPE '\\'"); //$NON-NLS-1$
			p.add(q.namePrefix().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.replace("_", "\\_") + '%'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!q.desaCodes().isEmpty()) {
			w.append(" AND h.desa_code IN (").append("?,".repeat(q.desaCodes().size() - 1)).append("?)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p.addAll(new TreeSet<>(q.desaCodes()));
		}
		text.accept(w, p);
		for (HouseholdFilter f : q.filters()) {
			switch (f) {
			case STUNTED_CHILD -> w.append(" AND h.kpm_id IN (SELECT c.kpm_id FROM child_growth c WHERE c.zlen<-2)"); //$NON-NLS-1$
			case PREGNANT -> w.append(" AND h.pregnant=TRUE"); //$NON-NLS-1$
			case SANCTIONED -> w.append(" AND h.sanctioned=TRUE"); //$NON-NLS-1$
			case REFERRAL_OPEN -> w.append(" AND h.referral_open=TRUE"); //$NON-NLS-1$
			case NOT_VERIFIED_THIS_MONTH -> {
				w.append(" AND (h.last_verified IS NULL OR h.last_verified<?)"); //$NON-NLS-1$
				p.add(YearMonth.from(today).toString());
			}
			}
		}
		return new Sql(w.toString(), p);
	}

	private static void condition(StringBuilder w, List<Object> p, String sql, Object value) {
		if (value != null) {
			w.append(sql);
			p.add(value);
		}
	}

	/** How the text of {@code q} is searched in this session ({@link DigitSearchPlanner}). */
	DigitPlan plan(HouseholdQuery q) throws SQLException {
		return planner.plan(q, scope, maxCandidates);
	}

	private Sql select(HouseholdQuery q, LocalDate today) throws SQLException {
		Sql where = where(q, today, plan(q), scope);
		String limit = q.limit() < Integer.MAX_VALUE ? " LIMIT " + Math.max(0, q.limit()) : ""; //$NON-NLS-1$ //$NON-NLS-2$
		String offset = q.offset() > 0 ? " OFFSET " + q.offset() : ""; //$NON-NLS-1$ //$NON-NLS-2$
		return new Sql("SELECT " + SUMMARY_COLUMNS + where.text() + orderBy(q) + limit + offset, where.parameters()); //$NON-NLS-1$
	}

	private static String orderBy(HouseholdQuery q) {
		String column = switch (q.sort()) {
		case KPM_ID -> null;
		case HEAD_NAME -> "h.head_name_upper"; //$NON-NLS-1$
		case DESA -> "h.desa_code"; //$NON-NLS-1$
		case FACILITATOR -> "h.facilitator"; //$NON-NLS-1$
		case STATUS -> "h.status"; //$NON-NLS-1$
		case MEMBERS -> "h.member_count"; //$NON-NLS-1$
		};
		String direction = q.descending() ? " DESC" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		return " ORDER BY " + (column == null ? "" : column + direction + ", ") + "h.kpm_id" + direction; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	List<HouseholdSummary> find(HouseholdQuery q, LocalDate today) throws SQLException {
		Sql sql = select(q, today);
		List<HouseholdSummary> result = new ArrayList<>();
		try (PreparedStatement s = prepare(sql); ResultSet r = s.executeQuery()) {
			while (r.next()) {
				String status = r.getString(6);
				result.add(new HouseholdSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
						r.getString(5), status == null ? null : HouseholdStatus.get(status), r.getInt(7), r.getLong(8)));
			}
		}
		return result;
	}

	long count(HouseholdQuery q, LocalDate today, long atMost) throws SQLException {
		Sql where = where(q, today, plan(q), scope);
		try (PreparedStatement s = prepare(new Sql("SELECT COUNT(*) FROM (SELECT 1" + where.text() + " LIMIT " //$NON-NLS-1$ //$NON-NLS-2$
				+ Math.max(0, atMost) + ") found", where.parameters())); ResultSet r = s.executeQuery()) { //$NON-NLS-1$
			r.next();
			return r.getLong(1);
		}
	}

	long count(HouseholdQuery q, LocalDate today) throws SQLException {
		Sql where = where(q, today, plan(q), scope);
		try (PreparedStatement s = prepare(new Sql("SELECT COUNT(*)" + where.text(), where.parameters())); //$NON-NLS-1$
				ResultSet r = s.executeQuery()) {
			r.next();
			return r.getLong(1);
		}
	}

	private Sql children(ChildQuery q) {
		String code = q.regionCode();
		int dots = code == null ? -1 : (int) code.chars().filter(ch -> ch == '.').count();
		StringBuilder w = new StringBuilder("SELECT kpm_id, nik, name, birth_date, desa_code, measured_on, zlen, " //$NON-NLS-1$
				+ "zwei, zwfl, stunting FROM child_growth WHERE "); //$NON-NLS-1$
		List<Object> p = new ArrayList<>();
		StringBuilder scoped = new StringBuilder("1=1"); //$NON-NLS-1$
		scope("", scope, scoped, p); //$NON-NLS-1$
		w.append(scoped).append(" AND "); //$NON-NLS-1$
		if (dots == 3) {
			w.append("desa_code=? AND "); //$NON-NLS-1$
			p.add(code);
		} else if (dots == 2) {
			w.append("kecamatan_code=? AND "); //$NON-NLS-1$
			p.add(code);
		} else if (code != null && !code.isEmpty()) {
			// kabupaten or provinsi: a range of the kecamatan index
			w.append("kecamatan_code LIKE ? AND "); //$NON-NLS-1$
			p.add(code + ".%"); //$NON-NLS-1$
		}
		LocalDate asOf = q.asOf() == null ? LocalDate.now() : q.asOf();
		w.append("birth_date>? AND birth_date<=?"); //$NON-NLS-1$
		p.add(asOf.minusYears(5));
		p.add(asOf);
		if (q.stuntedOnly()) {
			w.append(" AND zlen<-2"); //$NON-NLS-1$
		}
		if (q.wastedOnly()) {
			w.append(" AND zwfl<-2"); //$NON-NLS-1$
		}
		w.append(" ORDER BY kpm_id, pos"); //$NON-NLS-1$
		if (q.limit() < Integer.MAX_VALUE) {
			w.append(" LIMIT ").append(Math.max(0, q.limit())); //$NON-NLS-1$
		}
		return new Sql(w.toString(), p);
	}

	List<ChildSummary> findChildren(ChildQuery q) throws SQLException {
		List<ChildSummary> result = new ArrayList<>();
		try (PreparedStatement s = prepare(children(q)); ResultSet r = s.executeQuery()) {
			while (r.next()) {
				result.add(new ChildSummary(r.getString(1), r.getString(2), r.getString(3),
						r.getObject(4, LocalDate.class), r.getString(5), r.getObject(6, LocalDate.class), z(r, 7),
						z(r, 8), z(r, 9), r.getString(10)));
			}
		}
		return result;
	}

	private static double z(ResultSet r, int column) throws SQLException {
		double value = r.getDouble(column);
		return r.wasNull() ? Double.NaN : value;
	}

	List<AuditEntry> history(String kpmId) throws SQLException {
		List<AuditEntry> result = new ArrayList<>();
		try (PreparedStatement s = connection.prepareStatement("SELECT version, user_name, changed_at, change_text " //$NON-NLS-1$
				+ "FROM audit WHERE kpm_id=? AND action='change' ORDER BY version, id")) { //$NON-NLS-1$
			s.setString(1, kpmId);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					OffsetDateTime at = r.getObject(3, OffsetDateTime.class);
					result.add(new AuditEntry(kpmId, r.getLong(1), r.getString(2), at == null ? null : at.toInstant(),
							r.getString(4)));
				}
			}
		}
		return result;
	}

	StoreStatistics statistics() throws SQLException {
		long households = single("SELECT COUNT(*) FROM household h WHERE 1=1"); //$NON-NLS-1$
		long members = single("SELECT COALESCE(SUM(h.member_count), 0) FROM household h WHERE 1=1"); //$NON-NLS-1$
		return new StoreStatistics(households, members, groups("kecamatan_code"), groups("desa_code"), //$NON-NLS-1$ //$NON-NLS-2$
				groups("status"), groups("facilitator")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code sql} (ending in a WHERE clause over household {@code h}) within this session's scope. */
	private Sql scoped(String sql, String tail) {
		StringBuilder w = new StringBuilder(sql);
		List<Object> p = new ArrayList<>();
		scope("h.", scope, w, p); //$NON-NLS-1$
		return new Sql(w.append(tail).toString(), p);
	}

	private long single(String sql) throws SQLException {
		try (PreparedStatement s = prepare(scoped(sql, "")); ResultSet r = s.executeQuery()) { //$NON-NLS-1$
			r.next();
			return r.getLong(1);
		}
	}

	private Map<String, Long> groups(String column) throws SQLException {
		Map<String, Long> result = new TreeMap<>();
		try (PreparedStatement s = prepare(scoped("SELECT h." + column + ", COUNT(*) FROM household h WHERE 1=1", //$NON-NLS-1$ //$NON-NLS-2$
				" GROUP BY h." + column)); ResultSet r = s.executeQuery()) { //$NON-NLS-1$
			while (r.next()) {
				result.put(r.getString(1) == null ? "" : r.getString(1), r.getLong(2)); //$NON-NLS-1$
			}
		}
		return new LinkedHashMap<>(result);
	}

	String explain(HouseholdQuery q) throws SQLException {
		return explain(select(q, LocalDate.now()));
	}

	String explain(ChildQuery q) throws SQLException {
		return explain(children(q));
	}

	private String explain(Sql sql) throws SQLException {
		StringBuilder plan = new StringBuilder();
		try (PreparedStatement s = prepare(new Sql("EXPLAIN " + sql.text(), sql.parameters())); //$NON-NLS-1$
				ResultSet r = s.executeQuery()) {
			while (r.next()) {
				plan.append(r.getString(1)).append('\n');
			}
		}
		return plan.toString();
	}

	private PreparedStatement prepare(Sql sql) throws SQLException {
		PreparedStatement s = connection.prepareStatement(sql.text());
		for (int i = 0; i < sql.parameters().size(); i++) {
			s.setObject(i + 1, sql.parameters().get(i));
		}
		return s;
	}

	@Override
	public void close() throws SQLException {
		nikHolder.close();
		desaOf.close();
	}
}
