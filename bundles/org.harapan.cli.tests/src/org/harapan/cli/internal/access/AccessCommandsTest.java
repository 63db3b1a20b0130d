package org.harapan.cli.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.UserSession;
import org.harapan.cli.CliCommand;
import org.harapan.cli.ExitCode;
import org.harapan.cli.internal.CommandLine;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;
import org.harapan.model.Sex;
import org.harapan.model.validation.Nik;
import org.harapan.store.StoreLocation;
import org.harapan.store.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The CLI goes through the same checks: a case worker's export holds only their desa (NIK masked on request, the
 * file's NIK announced), the export and the logins are in the audit trail, which an administrator prints.
 */
class AccessCommandsTest {

	private static final String DESA = "64.01.05.2005"; //$NON-NLS-1$
	private static final String OTHER = "64.01.05.2006"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private BundleContext context;
	private UserSession session;
	private Path db;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void storeWithTwoDesaAndUsers() throws Exception {
		context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		session = service(UserSession.class);
		db = dir.resolve("harapan"); //$NON-NLS-1$
		try (Casework single = service(CaseworkService.class).open(StoreLocation.embedded(db), null)) {
			for (int n = 1; n <= 4; n++) {
				assertTrue(single.save(household(n, n <= 2 ? DESA : OTHER), "registered").isStored()); //$NON-NLS-1$
			}
			single.users().add("admin", UserRole.ADMINISTRATOR, Set.of(), "admin-rahasia".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
			single.users().add("ani", UserRole.CASE_WORKER, Set.of(DESA), "ani-rahasia".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		session.setPasswordSource(u -> (u + "-rahasia").toCharArray()); //$NON-NLS-1$
	}

	@AfterEach
	void defaultSession() {
		session.setUser(null);
		session.setPasswordSource(null);
	}

	private <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		return tracker.waitForService(20_000);
	}

	private int run(String... args) throws Exception {
		out.reset();
		err.reset();
		List<CliCommand> commands = new ArrayList<>();
		for (ServiceReference<CliCommand> r : context.getServiceReferences(CliCommand.class, null)) {
			commands.add(context.getService(r));
		}
		return new CommandLine(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir, session::setUser).execute(args);
	}

	@Test
	void aCaseWorkersExportHoldsOnlyTheirDesaAndIsAudited() throws Exception {
		Path csv = dir.resolve("ani.csv"); //$NON-NLS-1$
		assertEquals(ExitCode.OK, run("export", "households", "--out", csv.toString(), "--db", db.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--user", "ani"), err::toString); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> lines = Files.readAllLines(csv);
		assertEquals(3, lines.size(), lines::toString);
		assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(DESA)), lines::toString);
		assertTrue(err.toString().contains("contains NIK"), err::toString); //$NON-NLS-1$
		assertTrue(lines.get(1).contains(nik(1)));

		assertEquals(ExitCode.OK, run("export", "households", "--out", csv.toString(), "--db", db.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--mask-nik", "--user", "ani"), err::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String masked = Files.readString(csv);
		assertFalse(masked.contains(nik(1)));
		assertTrue(masked.contains(Nik.mask(nik(1))) && Nik.mask(nik(1)).matches("\\d{6}\\*{6}\\d{4}"), masked); //$NON-NLS-1$

		assertEquals(ExitCode.FAILURE, run("audit", "--db", db.toString(), "--as", "ani")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.toString().contains("audit trail"), err::toString); //$NON-NLS-1$
		assertEquals(ExitCode.OK, run("audit", "--user", "ani", "--db", db.toString(), "--as", "admin"), err::toString); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		String trail = out.toString();
		assertTrue(trail.contains("\tani\texport\t") && trail.contains("NIK masked of 64.01.05.2005"), trail); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(trail.contains("\tani\tlogin\t"), trail); //$NON-NLS-1$
		assertFalse(trail.contains("\tadmin\t"), "filtered by --user"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void usersAreManagedByTheAdministrator() throws Exception {
		assertEquals(ExitCode.FAILURE, run("users", "list", "--db", db.toString(), "--user", "ani")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(err.toString().contains("Only an administrator manages users"), err::toString); //$NON-NLS-1$
		assertEquals(ExitCode.OK, run("users", "assign", "ani", "--region", DESA + "," + OTHER, "--db", db.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--user", "admin"), err::toString); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.OK, run("users", "disable", "ani", "--db", db.toString(), "--user", "admin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(ExitCode.OK, run("users", "list", "--db", db.toString(), "--user", "admin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals("admin\tadmin\t-\tactive\nani\tcase-worker\t64.01.05.2005,64.01.05.2006\tdisabled\n", //$NON-NLS-1$
				out.toString().replace("\r", "")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.FAILURE, run("stats", "--db", db.toString(), "--user", "ani")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.toString().contains("disabled"), err::toString); //$NON-NLS-1$
	}

	@Test
	void storeGrantIsForAPostgresStoreAndNamesTheRole() throws Exception {
		assertEquals(ExitCode.USAGE, run("store", "grant", "--db", db.toString(), "--app-role", "harapan_app")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(err.toString().contains("PostgreSQL store"), err::toString); //$NON-NLS-1$
		assertEquals(ExitCode.USAGE, run("store", "grant", "--db", "jdbc:postgresql://127.0.0.1:1/none")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(err.toString().contains("--app-role"), err::toString); //$NON-NLS-1$
		assertEquals(ExitCode.USAGE, run("store", "encrypt", "--app-role", "harapan_app", "--db", db.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static String nik(int n) {
		return Nik.compose("64.01.05", LocalDate.of(1980, 1, n), Sex.MALE, n); //$NON-NLS-1$
	}

	private static Household household(int n, String desa) {
		HarapanFactory f = HarapanFactory.eINSTANCE;
		Household h = f.createHousehold();
		h.setKpmId("KPM-C-" + n); //$NON-NLS-1$
		h.setNoKK(String.format("640105%010d", n)); //$NON-NLS-1$
		h.setDesaCode(desa);
		h.setStatus(HouseholdStatus.ACTIVE);
		h.setJoinedDate(LocalDate.of(2022, 1, 1));
		h.setWelfareDecile(2);
		Member head = f.createMember();
		head.setName("Kepala " + n); //$NON-NLS-1$
		head.setSex(Sex.MALE);
		head.setBirthDate(LocalDate.of(1980, 1, n));
		head.setRelationToHead(RelationToHead.HEAD);
		head.setNik(nik(n));
		h.getMembers().add(head);
		return h;
	}
}
