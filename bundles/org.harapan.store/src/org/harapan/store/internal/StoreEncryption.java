package org.harapan.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.h2.tools.ChangeFileEncryption;
import org.harapan.store.PasswordHash;
import org.harapan.store.StoreException;
import org.harapan.store.StoreLocation;

/**
 * H2 file encryption (AES) of an embedded store with a key derived from its owner's password (PBKDF2 with a salt
 * kept in {@code NAME.key} beside {@code NAME.mv.db}). Encrypting is safe against a killed process: an encrypted
 * copy is written and verified beside the store, then atomically renamed over it; the plain file is then
 * overwritten and deleted (a leftover of a killed run is wiped at the next open).
 */
final class StoreEncryption {

	/** The first bytes of an H2 file encrypted with {@code CIPHER=AES}. */
	private static final byte[] HEADER = "H2encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII); //$NON-NLS-1$
	/** AES file encryption, and no trace file (H2 writes failed statements with their values, NIK included, there). */
	private static final String CIPHER = ";CIPHER=AES;TRACE_LEVEL_FILE=0"; //$NON-NLS-1$
	private static final String ENCRYPTING = ".encrypting"; //$NON-NLS-1$
	private static final String PLAIN_OLD = ".plain-old"; //$NON-NLS-1$
	private static final String MV_DB = ".mv.db"; //$NON-NLS-1$

	private StoreEncryption() {
	}

	/** Whether {@code location} is an embedded store file that is encrypted. */
	static boolean isEncrypted(StoreLocation location) {
		return location.embeddedFile().map(StoreEncryption::isEncrypted).orElse(false);
	}

	private static boolean isEncrypted(Path file) {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(HEADER, in.readNBytes(HEADER.length));
		} catch (IOException e) {
			throw new StoreException("Cannot read the store file " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The location of an encrypted store with the file key derived from {@code password}. */
	static StoreLocation unlock(StoreLocation location, char[] password) {
		Path file = location.embeddedFile().orElseThrow();
		wipeLeftover(sibling(file, PLAIN_OLD));
		Properties key = readKey(keyFile(file));
		char[] fileKey = PasswordHash.fileKey(password, Base64.getDecoder().decode(key.getProperty("salt")), //$NON-NLS-1$
				Integer.parseInt(key.getProperty("iterations"))); //$NON-NLS-1$
		String url = location.jdbcUrl();
		if (!url.contains(CIPHER)) { // before the sharing option, which toString() leaves out
			int shared = url.indexOf(";AUTO_SERVER="); //$NON-NLS-1$
			url = shared < 0 ? url + CIPHER : url.substring(0, shared) + CIPHER + url.substring(shared);
		}
		StoreLocation unlocked = new StoreLocation(url, location.user(),
				new String(fileKey) + ' ' + (location.password() == null ? "" : location.password())); //$NON-NLS-1$
		Arrays.fill(fileKey, '\0');
		return unlocked;
	}

	/** The user whose password the key of an encrypted store is derived from. */
	static String owner(StoreLocation location) {
		return readKey(keyFile(location.embeddedFile().orElseThrow())).getProperty("owner", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Encrypts the plain embedded store at {@code location} with a key derived from {@code password} of
	 * {@code owner}: copy, encrypt the copy, verify it holds what the store holds, write the key file, swap.
	 */
	static void encrypt(StoreLocation location, String owner, char[] password, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.encryptTask, location), 10);
		Path file = location.embeddedFile().orElseThrow(() -> new StoreException(
				NLS.bind(Messages.encryptNotEmbedded, location)));
		if (isEncrypted(file)) {
			throw new StoreException(NLS.bind(Messages.encryptAlready, location));
		}
		Path copy = sibling(file, ENCRYPTING);
		try {
			Files.deleteIfExists(copy);
			List<Long> counts;
			// alone on the file (no sharing): another program using it refuses this, nothing changes
			try (Connection c = connect("jdbc:h2:file:" + base(file), "")) { //$NON-NLS-1$ //$NON-NLS-2$
				checkAlone(c, location);
				counts = counts(c);
			}
			// closed: H2 wrote everything and no longer changes the file
			Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
			sub.worked(2);
			byte[] salt = PasswordHash.salt();
			char[] fileKey = PasswordHash.fileKey(password, salt, PasswordHash.ITERATIONS);
			try {
				ChangeFileEncryption.execute(copy.getParent().toString(), copy.getFileName().toString()
						.replace(MV_DB, ""), "AES", null, fileKey, true); //$NON-NLS-1$ //$NON-NLS-2$
				sub.worked(5);
				try (Connection c = connect("jdbc:h2:file:" + base(copy) + CIPHER, new String(fileKey) + ' ')) { //$NON-NLS-1$
					if (!counts.equals(counts(c)) || !isEncrypted(copy)) {
						throw new StoreException(NLS.bind(Messages.encryptVerifyFailed, location));
					}
				}
			} finally {
				Arrays.fill(fileKey, '\0');
			}
			force(copy);
			writeKey(keyFile(file), owner, salt);
			sub.worked(1);
			Path old = sibling(file, PLAIN_OLD);
			Files.deleteIfExists(old);
			Files.createLink(old, file);
			Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			wipeLeftover(old);
			wipeLeftover(Path.of(base(file) + ".trace.db")); //$NON-NLS-1$
			sub.worked(2);
		} catch (SQLException | IOException e) {
			throw new StoreException(NLS.bind(Messages.encryptFailed, location, e.getMessage()), e);
		} finally {
			try {
				Files.deleteIfExists(copy);
			} catch (IOException e) {
				// left for the next run, which deletes it first
			}
		}
	}

	private static Connection connect(String url, String password) throws SQLException {
		Properties p = new Properties();
		p.setProperty("password", password); //$NON-NLS-1$
		try {
			return new org.h2.Driver().connect(url, p);
		} catch (SQLException e) {
			if (e.getErrorCode() == JdbcCaseStoreService.H2_DATABASE_IN_USE) {
				throw new StoreException(NLS.bind(Messages.storeInUse, url), e);
			}
			throw e;
		}
	}

	/** Refuses when another session of this program still has the store open (it would write to the plain file). */
	private static void checkAlone(Connection c, StoreLocation location) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) { //$NON-NLS-1$
			r.next();
			if (r.getLong(1) > 1) {
				throw new StoreException(NLS.bind(Messages.encryptInUse, location));
			}
		}
	}

	/** Households, members, audit rows and users: what the encrypted copy must hold too. */
	private static List<Long> counts(Connection c) throws SQLException {
		List<Long> result = new ArrayList<>();
		try (Statement s = c.createStatement()) {
			for (String table : List.of("household", "member", "audit", "app_user")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) { //$NON-NLS-1$
					r.next();
					result.add(r.getLong(1));
				}
			}
		}
		return result;
	}

	/** Overwrites a plain copy left by an encryption with zeros and deletes it. */
	private static void wipeLeftover(Path old) {
		try {
			if (Files.isRegularFile(old)) {
				try (FileChannel ch = FileChannel.open(old, StandardOpenOption.WRITE)) {
					ByteBuffer zeros = ByteBuffer.allocate(1 << 16);
					for (long at = 0, size = ch.size(); at < size; at += zeros.capacity()) {
						zeros.clear();
						ch.write(zeros, at);
					}
					ch.force(true);
				}
				Files.delete(old);
			}
		} catch (IOException e) {
			throw new StoreException("Cannot wipe the plain copy " + old + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void force(Path file) throws IOException {
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
			ch.force(true);
		}
	}

	private static Properties readKey(Path keyFile) {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(keyFile)) {
			p.load(in);
			return p;
		} catch (IOException e) {
			throw new StoreException("The key file " + keyFile + " of the encrypted store is missing or unreadable: " //$NON-NLS-1$ //$NON-NLS-2$
					+ e.getMessage(), e);
		}
	}

	private static void writeKey(Path keyFile, String owner, byte[] salt) throws IOException {
		Properties p = new Properties();
		p.setProperty("cipher", "AES"); //$NON-NLS-1$ //$NON-NLS-2$
		p.setProperty("kdf", "PBKDF2WithHmacSHA256"); //$NON-NLS-1$ //$NON-NLS-2$
		p.setProperty("iterations", Integer.toString(PasswordHash.ITERATIONS)); //$NON-NLS-1$
		p.setProperty("salt", Base64.getEncoder().encodeToString(salt)); //$NON-NLS-1$
		p.setProperty("owner", owner); //$NON-NLS-1$
		Path tmp = keyFile.resolveSibling(keyFile.getFileName() + ".tmp"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(tmp)) {
			p.store(out, "Harapan store encryption: salt of the key derived from the owner's password (no secret)"); //$NON-NLS-1$
		}
		force(tmp);
		Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static String base(Path file) {
		String s = file.toAbsolutePath().toString();
		return s.substring(0, s.length() - MV_DB.length());
	}

	static Path keyFile(Path file) {
		return Path.of(base(file) + ".key"); //$NON-NLS-1$
	}

	private static Path sibling(Path file, String infix) {
		return Path.of(base(file) + infix + MV_DB);
	}
}
