package org.harapan.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashes with the JDK's PBKDF2 (HMAC-SHA256, {@value #ITERATIONS} iterations, a random 16-byte
 * salt per password), stored as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64), and the file key of an
 * encrypted store derived the same way. Passwords are {@code char[]} so that callers can clear them.
 */
public final class PasswordHash {

	/** PBKDF2-HMAC-SHA256 iterations (OWASP's recommendation for it). */
	public static final int ITERATIONS = 600_000;
	private static final String ALGORITHM = "PBKDF2WithHmacSHA256"; //$NON-NLS-1$
	private static final String PREFIX = "pbkdf2-sha256"; //$NON-NLS-1$
	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordHash() {
	}

	/** The stored form of {@code password} with a new random salt. */
	public static String hash(char[] password) {
		byte[] salt = salt();
		return PREFIX + '$' + ITERATIONS + '$' + Base64.getEncoder().encodeToString(salt) + '$'
				+ Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
	}

	/** Whether {@code password} matches the stored {@code hash} (compared in constant time). */
	public static boolean verify(char[] password, String hash) {
		String[] parts = hash == null ? new String[0] : hash.split("\\$"); //$NON-NLS-1$
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return false;
		}
		byte[] salt = Base64.getDecoder().decode(parts[2]);
		byte[] expected = Base64.getDecoder().decode(parts[3]);
		return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
	}

	/** A new random 16-byte salt. */
	public static byte[] salt() {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return salt;
	}

	/** The file key of an encrypted store: PBKDF2 of the password with the store's salt, as 64 hex digits. */
	public static char[] fileKey(char[] password, byte[] salt, int iterations) {
		byte[] key = derive(password, salt, iterations);
		char[] hex = HexFormat.of().formatHex(key).toCharArray();
		Arrays.fill(key, (byte) 0);
		return hex;
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2 is not available in this Java runtime", e); //$NON-NLS-1$
		} finally {
			spec.clearPassword();
		}
	}
}
