package org.harapan.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How every CSV input is read (households, measurements, anthro): UTF-8 with or without byte order mark, UTF-16
 * with a byte order mark, and a file that is not valid UTF-8 (Excel's "CSV" in the Windows code page) as
 * Windows-1252. A byte that the chosen encoding cannot decode becomes U+FFFD: one bad byte never stops a run.
 *
 * @param charset  the encoding the text is read in
 * @param bom      length of the byte order mark to skip
 * @param fallback whether the file is not valid UTF-8 and is read as Windows-1252 (say so in the summary)
 */
public record TextEncoding(Charset charset, int bom, boolean fallback) {

	/** Windows-1252, Excel's code page for Indonesian and Western European Windows. */
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$

	private static final int BUFFER = 1 << 16;

	/** Finds the encoding of a file: its byte order mark, else whether all of it is valid UTF-8. */
	public static TextEncoding of(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buf = new byte[BUFFER];
			int n = in.readNBytes(buf, 0, buf.length);
			TextEncoding marked = byMark(buf, n);
			if (marked != null) {
				return marked;
			}
			Utf8Check check = new Utf8Check();
			while (n > 0) {
				if (!check.accept(buf, 0, n)) {
					return new TextEncoding(WINDOWS_1252, 0, true);
				}
				n = in.readNBytes(buf, 0, buf.length);
			}
			return check.complete() ? new TextEncoding(StandardCharsets.UTF_8, 0, false)
					: new TextEncoding(WINDOWS_1252, 0, true);
		}
	}

	/**
	 * The encoding a byte order mark names, else UTF-8 without checking the rest (for a reader that checks its
	 * blocks itself with {@link #isUtf8(byte[], int, int)} and starts again with {@link #windows1252()}).
	 */
	public static TextEncoding byMark(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buf = in.readNBytes(3);
			TextEncoding marked = byMark(buf, buf.length);
			return marked != null ? marked : new TextEncoding(StandardCharsets.UTF_8, 0, false);
		}
	}

	/** What a file that is not valid UTF-8 is read as. */
	public static TextEncoding windows1252() {
		return new TextEncoding(WINDOWS_1252, 0, true);
	}

	/** Whether bytes {@code [from, to)} are whole, valid UTF-8. */
	public static boolean isUtf8(byte[] b, int from, int to) {
		Utf8Check check = new Utf8Check();
		return check.accept(b, from, to) && check.complete();
	}

	private static TextEncoding byMark(byte[] buf, int n) {
		if (n >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
			return new TextEncoding(StandardCharsets.UTF_8, 3, false);
		}
		if (n >= 2 && (buf[0] & 0xff) == 0xFE && (buf[1] & 0xff) == 0xFF) {
			return new TextEncoding(StandardCharsets.UTF_16BE, 2, false);
		}
		if (n >= 2 && (buf[0] & 0xff) == 0xFF && (buf[1] & 0xff) == 0xFE) {
			return new TextEncoding(StandardCharsets.UTF_16LE, 2, false);
		}
		return null;
	}

	/** Whether the text is UTF-8 (then the bytes after the byte order mark can be read as they are). */
	public boolean isUtf8() {
		return charset.equals(StandardCharsets.UTF_8);
	}

	/** A decoder that replaces what it cannot decode. */
	public CharsetDecoder decoder() {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
	}

	/** The file's text, after the byte order mark. */
	public BufferedReader reader(Path file) throws IOException {
		return new BufferedReader(new InputStreamReader(afterMark(file), decoder()), BUFFER);
	}

	/** The file's text as UTF-8 bytes, after the byte order mark: the file itself when it is UTF-8. */
	public InputStream utf8(Path file) throws IOException {
		InputStream in = afterMark(file);
		return isUtf8() ? in : new Utf8Transcoder(new InputStreamReader(in, decoder()));
	}

	private InputStream afterMark(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(bom);
		} catch (IOException e) {
			in.close();
			throw e;
		}
		return in;
	}

	/** Streaming UTF-8 validation (sequences may span buffers); ASCII is skipped 8 bytes at a time. */
	static final class Utf8Check {
		private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
				ByteOrder.LITTLE_ENDIAN);
		private static final long HIGHS = 0x8080808080808080L;
		/** Continuation bytes still expected. */
		private int need;
		/** Limits of the first continuation byte (overlong forms and surrogates are not UTF-8). */
		private int low = 0x80;
		private int high = 0xBF;

		boolean accept(byte[] b, int from, int n) {
			int i = from;
			while (i < n) {
				if (need == 0) {
					while (i + 8 <= n && ((long) LONGS.get(b, i) & HIGHS) == 0) {
						i += 8;
					}
					if (i >= n) {
						break;
					}
				}
				int c = b[i++] & 0xff;
				if (need > 0) {
					if (c < low || c > high) {
						return false;
					}
					low = 0x80;
					high = 0xBF;
					need--;
				} else if (c < 0x80) {
					continue;
				} else if (c >= 0xC2 && c <= 0xDF) {
					need = 1;
				} else if (c >= 0xE0 && c <= 0xEF) {
					need = 2;
					low = c == 0xE0 ? 0xA0 : 0x80;
					high = c == 0xED ? 0x9F : 0xBF;
				} else if (c >= 0xF0 && c <= 0xF4) {
					need = 3;
					low = c == 0xF0 ? 0x90 : 0x80;
					high = c == 0xF4 ? 0x8F : 0xBF;
				} else {
					return false;
				}
			}
			return true;
		}

		boolean complete() {
			return need == 0;
		}
	}
}
