package org.harapan.ui.household.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.UserSession;
import org.harapan.demo.DemoGenerator;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.who.Who2006Standards;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreException;
import org.harapan.store.StoreLocation;
import org.harapan.store.UserAccount;
import org.harapan.store.UserRole;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.login.LoginPrompt;
import org.harapan.ui.login.OwnerForm;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start on a new embedded store with an account and encryption chosen: the administrator is created
 * through casework, the store file then holds no NIK or name of the demo households in plain bytes, and a restart
 * (a new session that has no password yet) asks for the login, refuses a wrong password without losing anything and
 * opens with the right one.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FirstStartAccountTest {

	private static final int HOUSEHOLDS = 150;
	private static final String USER = "ani"; //$NON-NLS-1$
	private static final String PASSWORD = "kata sandi Ani 2026"; //$NON-NLS-1$
	private static final long JOB_SECONDS = 180;

	@TempDir
	Path folder;

	private final Display display = Display.getCurrent();
	private CaseworkService service;
	private UserSession session;
	private Shell shell;

	@BeforeEach
	void services() throws InterruptedException {
		service = Workbench.service(CaseworkService.class);
		session = Workbench.service(UserSession.class);
	}

	@AfterEach
	void backToTheWorkbenchsUser() {
		if (shell != null && !shell.isDisposed()) {
			shell.dispose();
		}
		session.setUser(null);
		LoginPrompt.install(display); // a fresh login prompt, no password kept
	}

	@Test
	void anAccountWithEncryptionMakesTheAdministratorAndAStoreThatOpensOnlyWithThePassword() throws Exception {
		StoreLocation location = StoreLocation.embedded(folder.resolve("store").resolve("harapan")); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = location.embeddedFile().orElseThrow();
		List<Household> demo = demoStore(location);
		Household probe = demo.get(HOUSEHOLDS / 2);
		Member head = probe.getMembers().get(0);
		assertTrue(contains(file, head.getNik()) && contains(file, head.getName()),
				"the plain demo store holds NIK and name as text (what encryption must hide)"); //$NON-NLS-1$

		AtomicReference<WorkingRegion> chosen = new AtomicReference<>();
		FirstStartPage page = openFirstStart(location, chosen);
		page.form().setValue(Role.CASE_WORKER, probe.kabupatenCode(), List.of());
		page.form().tickDesa(List.of(probe.getDesaCode()));
		assertTrue(page.startButton().isEnabled());
		OwnerForm owner = page.ownerForm();
		type(owner, USER, PASSWORD, "kata sandi lain"); //$NON-NLS-1$
		assertFalse(owner.problemLabel().getText().isEmpty(), "two different passwords are named at once"); //$NON-NLS-1$
		type(owner, USER, PASSWORD, PASSWORD);
		assertEquals("", owner.problemLabel().getText()); //$NON-NLS-1$
		assertTrue(owner.encryptButton().isEnabled(), "encryption is offered once an account is given"); //$NON-NLS-1$
		owner.encryptButton().setSelection(true);
		owner.encryptButton().notifyListeners(SWT.Selection, new Event());
		UiWait.screenshot("first-start-account-" + Workbench.language()); //$NON-NLS-1$

		page.startButton().notifyListeners(SWT.Selection, new Event());
		UiWait.until(() -> chosen.get() != null || page.startButton().isEnabled(), JOB_SECONDS,
				() -> "the account and the encryption: " + owner.problemLabel().getText()); //$NON-NLS-1$
		assertNotNull(chosen.get(), owner.problemLabel().getText());
		assertEquals(List.of(probe.getDesaCode()), chosen.get().desaCodes());

		assertTrue(service.isEncrypted(location));
		for (Household h : demo) {
			for (Member m : h.getMembers()) {
				assertFalse(contains(file, m.getNik()), "NIK " + m.getNik() + " in the encrypted file"); //$NON-NLS-1$ //$NON-NLS-2$
				if (distinctive(m.getName())) {
					assertFalse(contains(file, m.getName()), "name " + m.getName() + " in the encrypted file"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		try (Casework casework = service.open(location, new NullProgressMonitor())) { // logged in by the first start
			List<UserAccount> users = casework.users().list();
			assertEquals(1, users.size());
			assertEquals(USER, users.get(0).name());
			assertEquals(UserRole.ADMINISTRATOR, users.get(0).role());
		}

		restartRefusesAWrongPasswordAndOpensWithTheRightOne(location, file);
	}

	/** A new session, as at the next start: the login dialog asks; a wrong password opens nothing and loses nothing. */
	private void restartRefusesAWrongPasswordAndOpensWithTheRightOne(StoreLocation location, Path file)
			throws Exception {
		session.setUser(null);
		LoginPrompt.install(display); // forgets the password: the next open asks for it
		long size = Files.size(file);

		LoginDriver.Answer first = LoginDriver.whenAsked(display, USER, "kata sandi salah", //$NON-NLS-1$
				"login-wrong-" + Workbench.language()); //$NON-NLS-1$
		Opening wrong = new Opening(location);
		UiWait.until(wrong::done, JOB_SECONDS, () -> "the open with a wrong password"); //$NON-NLS-1$
		assertTrue(first.answered, "the login dialog asked"); //$NON-NLS-1$
		assertNull(first.error, "asked the first time, no error shown"); //$NON-NLS-1$
		StoreException refused = assertInstanceOf(StoreException.class, wrong.failure.get());
		assertTrue(refused.getMessage().contains(USER), refused::getMessage); // whose password the key comes from
		assertNull(wrong.households.get());
		assertTrue(service.isEncrypted(location));
		assertEquals(size, Files.size(file), "a refused password changes nothing in the file"); //$NON-NLS-1$

		LoginDriver.Answer again = LoginDriver.whenAsked(display, USER, PASSWORD,
				"login-retry-" + Workbench.language()); //$NON-NLS-1$
		Opening right = new Opening(location);
		UiWait.until(right::done, JOB_SECONDS, () -> "the open with the right password"); //$NON-NLS-1$
		assertTrue(again.answered, "the login dialog asked again"); //$NON-NLS-1$
		assertNotNull(again.error, "asked again, the dialog says why"); //$NON-NLS-1$
		assertNull(right.failure.get());
		assertEquals(HOUSEHOLDS, right.households.get(), "nothing lost"); //$NON-NLS-1$
		assertEquals(USER, session.user());
	}

	/** A demo store of {@value #HOUSEHOLDS} Paser households, made through casework; returns what it holds. */
	private List<Household> demoStore(StoreLocation location) {
		DemoSettings settings = DemoSettings.paser(LocalDate.now()).withHouseholds(HOUSEHOLDS);
		try (Casework casework = service.open(location, new NullProgressMonitor())) {
			DemoStore.fill(casework, new DemoGenerator(settings, new Who2006Standards()), new NullProgressMonitor());
		}
		List<Household> households = new ArrayList<>();
		new DemoGenerator(settings, new Who2006Standards()).forEach(households::add);
		return households;
	}

	private FirstStartPage openFirstStart(StoreLocation location, AtomicReference<WorkingRegion> chosen) {
		shell = new Shell(display);
		shell.setText("Harapan Workbench"); //$NON-NLS-1$
		shell.setLayout(new FillLayout());
		FirstStartPage page = new FirstStartPage(shell, chosen::set);
		page.offerOwner(location, () -> {
			// nothing of this test is open on the store
		});
		shell.setBounds(0, 0, 1100, 760);
		shell.open();
		UiWait.until(shell::isVisible, 30, () -> "the first start page"); //$NON-NLS-1$
		return page;
	}

	private static void type(OwnerForm owner, String name, String password, String again) {
		owner.nameField().setText(name);
		owner.passwordField().setText(password);
		owner.repeatField().setText(again);
	}

	/** Whether the bytes of {@code file} hold {@code text} in UTF-8 (each byte read as one ISO-8859-1 char). */
	/**
	 * A text long enough that finding it in the random-looking bytes of an encrypted file is not chance: a 3-letter name
	 * such as "Eko" occurs by chance in a few MB of cipher text about once in ten files, a 6-byte text about once in
	 * 10^8 (NIKs, 16 digits, are always distinctive).
	 */
	private static boolean distinctive(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length >= 6;
	}

	private static boolean contains(Path file, String text) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
				.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
	}

	/** Opens casework on the store in a thread of its own, as the start-up job does (the login dialog asks). */
	private final class Opening {
		final AtomicReference<Throwable> failure = new AtomicReference<>();
		final AtomicReference<Integer> households = new AtomicReference<>();
		private final Thread thread;

		Opening(StoreLocation location) {
			thread = new Thread(() -> {
				try (Casework casework = service.open(location, new NullProgressMonitor())) {
					households.set((int) casework.count(HouseholdQuery.all()));
				} catch (RuntimeException e) {
					failure.set(e);
				}
			}, "open the encrypted store"); //$NON-NLS-1$
			thread.start();
		}

		boolean done() {
			return !thread.isAlive();
		}
	}
}
