package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.RegionScope;
import org.harapan.store.SaveResult;
import org.harapan.store.StoreException;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The second wall on PostgreSQL: connected as the application role of {@code store grant}, SQL that bypasses the
 * store's conditions reaches only the rows of the session's scope (V6__row_level_security.sql).
 */
class PostgresRowLevelSecurityTest extends StoreTestBase {

	@RegisterExtension
	static final PostgresSchemas SERVER = new PostgresSchemas();

	/** SQLState of a permission denied and of a row-level security violation. */
	private static final String INSUFFICIENT_PRIVILEGE = "42501"; //$NON-NLS-1$

	@RegisterExtension
	final PostgresAppRole role = new PostgresAppRole(SERVER);
	private final Fixtures fixtures = new Fixtures(today);
	/** 30 households over 3 desa (households n, n + 3, … share a desa). */
	private final List<Household> households;
	private StoreLocation application;
	private JdbcCaseStore owner;

	PostgresRowLevelSecurityTest() {
		int desa = RegionDirectory.get().desaUnder("64.01").size(); //$NON-NLS-1$
		households = IntStream.range(0, 30).mapToObj(i -> fixtures.household(i % 3 + i / 3 * desa)).toList();
	}

	@BeforeEach
	void fill() {
		application = role.location();
		owner = service.openStore(SERVER.location(), Fixtures.indexer(), new NullProgressMonitor());
		opened.add(owner);
		owner.saveAll(households.stream().map(EcoreUtil::copy).iterator(), "import", "import", null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	StoreLocation location() {
		return application;
	}

	@Test
	void rawSqlOfTheApplicationRoleReachesOnlyTheRowsOfItsScope() throws SQLException {
		String desa = households.get(0).getDesaCode();
		String mine = households.get(0).getKpmId();
		String theirs = households.get(1).getKpmId();
		try (Connection c = Dialect.POSTGRESQL.connect(application)) {
			for (String table : List.of("household", "member", "child_growth", "audit")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				assertEquals(List.of("0"), strings(c, "SELECT COUNT(*) FROM " + table), "without a scope: " + table); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			scope(c, desa);
			List<String> seen = strings(c, "SELECT desa_code FROM household"); //$NON-NLS-1$
			assertEquals(10, seen.size());
			assertTrue(seen.stream().allMatch(desa::equals), seen::toString);
			long members = households.stream().filter(h -> h.getDesaCode().equals(desa))
					.mapToLong(h -> h.getMembers().size()).sum();
			assertEquals(List.of(Long.toString(members)), strings(c, "SELECT COUNT(*) FROM member")); //$NON-NLS-1$
			assertTrue(strings(c, "SELECT desa_code FROM child_growth").stream().allMatch(desa::equals)); //$NON-NLS-1$
			assertEquals(List.of("0"), strings(c, "SELECT COUNT(*) FROM member WHERE kpm_id='" + theirs + "'")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

			assertEquals(0, update(c, "UPDATE household SET status='GRADUATED', version=version+1 WHERE kpm_id=?", theirs), //$NON-NLS-1$
					"another desa's household is not updated"); //$NON-NLS-1$
			assertEquals(0, update(c, "DELETE FROM member WHERE kpm_id=?", theirs)); //$NON-NLS-1$
			assertEquals(1, update(c, "UPDATE household SET facilitator='Dewi' WHERE kpm_id=?", mine)); //$NON-NLS-1$
			c.commit();
			refused(c, "UPDATE household SET desa_code='" + households.get(1).getDesaCode() + "' WHERE kpm_id=?", mine); //$NON-NLS-1$ //$NON-NLS-2$
			refused(c, "UPDATE audit SET change_text='edited' WHERE kpm_id=?", mine); //$NON-NLS-1$
			refused(c, "DELETE FROM audit WHERE kpm_id=?", mine); //$NON-NLS-1$
			refused(c, "ALTER TABLE household NO FORCE ROW LEVEL SECURITY", null); //$NON-NLS-1$
			scope(c, ""); //$NON-NLS-1$
			assertEquals(List.of("0"), strings(c, "SELECT COUNT(*) FROM household"), "an empty scope sees nothing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Household unchanged = owner.load(theirs).orElseThrow();
		assertEquals(1, unchanged.getVersion());
		assertEquals(households.get(1).getStatus(), unchanged.getStatus());
		assertEquals(desa, owner.load(mine).orElseThrow().getDesaCode());
		assertEquals(households.get(1).getMembers().size(), owner.load(theirs).orElseThrow().getMembers().size());
	}

	@Test
	void theStoreAsTheApplicationRoleRefusesOtherDesasWithTheirReasons() {
		String desa = households.get(0).getDesaCode();
		JdbcCaseStore store = open();
		store.restrictTo(RegionScope.of(Set.of(desa)));
		Household taken = owner.load(households.get(1).getKpmId()).orElseThrow();
		taken.setDesaCode(desa);
		SaveResult moved = store.save(taken, "ani", "taken over"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(moved.toString().contains("outside the regions of this session"), moved::toString); //$NON-NLS-1$

		Household copy = EcoreUtil.copy(households.get(0));
		copy.setKpmId("KPM-NEW-1"); //$NON-NLS-1$
		copy.setVersion(0);
		Member other = households.get(2).getMembers().get(0);
		copy.getMembers().get(0).setNik(other.getNik());
		SaveResult duplicate = store.save(copy, "ani", "new"); //$NON-NLS-1$ //$NON-NLS-2$
		assertInstanceOf(SaveResult.Invalid.class, duplicate);
		assertTrue(duplicate.toString().contains(households.get(2).getKpmId()), duplicate::toString);

		JdbcCaseStore unrestricted = open();
		assertEquals(households.size(), unrestricted.info().households(), "an unrestricted session sees all"); //$NON-NLS-1$
	}

	@Test
	void grantRefusesRolesThatWouldBypassTheWall() {
		assertTrue(message(ownerName(), "x").contains("must not be"), "the owner itself"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(message("Robert'); DROP TABLE household; --", "x").contains("not a plain")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(message("harapan_app_without_password", null).contains("needs a password")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(message("postgres", "x").contains("superuser")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		StoreException h2 = assertThrows(StoreException.class, () -> service.grantApplicationRole(
				StoreLocation.embedded(java.nio.file.Path.of("/tmp/none")), "app", "x".toCharArray(), null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(h2.getMessage().contains("PostgreSQL"), h2::getMessage); //$NON-NLS-1$
		List<String> again = service.grantApplicationRole(SERVER.location(), application.user(), null, null);
		assertEquals(1, again.size(), "granted again, password kept: " + again); //$NON-NLS-1$
		assertEquals(households.size(), open().info().households(), "the role still connects with its password"); //$NON-NLS-1$
	}

	private String message(String role, String password) {
		return assertThrows(StoreException.class, () -> service.grantApplicationRole(SERVER.location(), role,
				password == null ? null : password.toCharArray(), null)).getMessage();
	}

	private String ownerName() {
		return strings(owner.connection(), "SELECT current_user").get(0); //$NON-NLS-1$
	}

	private static void scope(Connection c, String scope) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT set_config('harapan.scope', ?, false)")) { //$NON-NLS-1$
			p.setString(1, scope);
			p.executeQuery().close();
		}
		c.commit();
	}

	private static void refused(Connection c, String sql, String parameter) {
		SQLException e = assertThrows(SQLException.class, () -> update(c, sql, parameter), sql);
		assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), e::getMessage);
		try {
			c.rollback();
		} catch (SQLException again) {
			throw new IllegalStateException(again);
		}
	}

	private static int update(Connection c, String sql, String parameter) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			if (parameter != null) {
				p.setString(1, parameter);
			}
			return p.executeUpdate();
		}
	}

	private static List<String> strings(Connection c, String sql) {
		try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
			List<String> result = new ArrayList<>();
			while (r.next()) {
				result.add(r.getString(1));
			}
			return result;
		} catch (SQLException e) {
			throw new IllegalStateException(sql, e);
		}
	}
}
