package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreException;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted embedded store: no NIK or name in the file's bytes; it opens with the right password only. */
class EncryptionTest {

	private static final char[] PASSWORD = "kata sandi Ani 2026".toCharArray(); //$NON-NLS-1$

	@TempDir
	Path folder;

	private final JdbcCaseStoreService service = new JdbcCaseStoreService(Clock.systemDefaultZone());
	private final Fixtures fixtures = new Fixtures(LocalDate.now());

	@Test
	void anEncryptedStoreFileRevealsNoNikOrName() throws IOException {
		StoreLocation plain = StoreLocation.embedded(folder.resolve("store").resolve("harapan")); //$NON-NLS-1$ //$NON-NLS-2$
		Path file = plain.embeddedFile().orElseThrow();
		List<Household> households = IntStream.range(0, 21).mapToObj(fixtures::household).toList();
		List<Household> expected = households.stream().map(EcoreUtil::copy).toList();
		try (JdbcCaseStore store = service.openStore(plain, null)) {
			store.saveAll(households.subList(0, 20).iterator(), "import", null, null); //$NON-NLS-1$
		}
		Member head = households.get(7).getMembers().get(0);
		assertTrue(contains(file, head.getNik()) && contains(file, head.getName()),
				"the plain file holds NIK and name as text (what encryption must hide)"); //$NON-NLS-1$
		assertFalse(service.isEncrypted(plain));

		service.encrypt(plain, "ani", PASSWORD, null); //$NON-NLS-1$

		assertTrue(service.isEncrypted(plain));
		assertEquals("ani", service.owner(plain)); //$NON-NLS-1$
		for (Household h : households.subList(0, 20)) {
			for (Member m : h.getMembers()) {
				assertFalse(contains(file, m.getNik()), "NIK " + m.getNik() + " in the encrypted file"); //$NON-NLS-1$ //$NON-NLS-2$
				if (distinctive(m.getName())) {
					assertFalse(contains(file, m.getName()), "name " + m.getName() + " in the encrypted file"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		try (Stream<Path> files = Files.list(file.getParent())) {
			List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
			assertEquals(List.of("harapan.key", "harapan.mv.db"), names, //$NON-NLS-1$ //$NON-NLS-2$
					"no plain copy left, no trace file (H2 writes statements with their values there)"); //$NON-NLS-1$
		}
		assertFalse(Files.readString(StoreEncryption.keyFile(file)).contains(new String(PASSWORD)));

		try (JdbcCaseStore store = service.openStore(service.unlock(plain, PASSWORD), null)) {
			assertEquals(20, store.count(HouseholdQuery.all()));
			Household seven = expected.get(7);
			seven.setVersion(1);
			assertTrue(EcoreUtil.equals(seven, store.load(Fixtures.kpmId(7)).orElseThrow()));
			assertTrue(store.save(households.get(20), "ani", "after encryption").isSaved()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertFalse(contains(file, households.get(20).getMembers().get(0).getNik()));

		StoreException wrong = assertThrows(StoreException.class,
				() -> service.openStore(service.unlock(plain, "kata sandi Budi".toCharArray()), null).close()); //$NON-NLS-1$
		assertTrue(wrong.getMessage().contains("ani"), wrong::getMessage); //$NON-NLS-1$
		assertThrows(StoreException.class, () -> service.openStore(plain, null).close(), "no key, no store"); //$NON-NLS-1$
		assertThrows(StoreException.class, () -> service.encrypt(plain, "ani", PASSWORD, null), "only once"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aPlainCopyLeftByAKilledEncryptionIsWipedAtTheNextOpen() throws IOException {
		StoreLocation plain = StoreLocation.embedded(folder.resolve("harapan")); //$NON-NLS-1$
		Path file = plain.embeddedFile().orElseThrow();
		Household one = fixtures.household(1);
		try (JdbcCaseStore store = service.openStore(plain, null)) {
			store.save(one, "ani", "registered"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Path leftover = folder.resolve("harapan.plain-old.mv.db"); //$NON-NLS-1$
		service.encrypt(plain, "ani", PASSWORD, null); //$NON-NLS-1$
		Files.write(leftover, one.getMembers().get(0).getNik().getBytes(StandardCharsets.UTF_8));
		try (JdbcCaseStore store = service.openStore(service.unlock(plain, PASSWORD), null)) {
			assertEquals(1, store.count(HouseholdQuery.all()));
		}
		assertFalse(Files.exists(leftover));
		assertTrue(Files.exists(file));
	}

	@Test
	void aStoreStillOpenInThisProgramIsNotEncrypted() {
		StoreLocation plain = StoreLocation.embedded(folder.resolve("harapan")); //$NON-NLS-1$
		try (JdbcCaseStore store = service.openStore(plain, null)) {
			store.save(fixtures.household(1), "ani", "registered"); //$NON-NLS-1$ //$NON-NLS-2$
			StoreException refused = assertThrows(StoreException.class,
					() -> service.encrypt(plain, "ani", PASSWORD, null)); //$NON-NLS-1$
			assertTrue(refused.getMessage().contains(plain.toString()), refused::getMessage);
			assertFalse(service.isEncrypted(plain));
			assertEquals(1, store.count(HouseholdQuery.all()), "the open store goes on as it was"); //$NON-NLS-1$
		}
	}

	/**
	 * A text long enough that finding it in the random-looking bytes of an encrypted file is not chance: a 3-letter name
	 * such as "Eko" occurs by chance in a few MB of cipher text about once in ten files, a 6-byte text about once in
	 * 10^8 (NIKs, 16 digits, are always distinctive).
	 */
	private static boolean distinctive(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length >= 6;
	}

	private static boolean contains(Path file, String text) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		byte[] needle = text.getBytes(StandardCharsets.UTF_8);
		outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
