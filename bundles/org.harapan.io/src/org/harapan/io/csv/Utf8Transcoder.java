package org.harapan.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The characters of a reader as UTF-8 bytes (for byte-level readers of a file in another encoding). */
final class Utf8Transcoder extends InputStream {
	private final Reader reader;
	private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
			.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
	private final CharBuffer chars = CharBuffer.allocate(1 << 14);
	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
	private boolean eof;

	Utf8Transcoder(Reader reader) {
		this.reader = reader;
		chars.flip();
		bytes.flip();
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		while (!bytes.hasRemaining()) {
			if (!fill()) {
				return -1;
			}
		}
		int n = Math.min(len, bytes.remaining());
		bytes.get(b, off, n);
		return n;
	}

	/** Encodes more characters into {@link #bytes}; false at the end. */
	private boolean fill() throws IOException {
		if (eof && !chars.hasRemaining()) {
			return false;
		}
		chars.compact();
		int n = eof ? -1 : reader.read(chars);
		chars.flip();
		if (n < 0) {
			eof = true;
		}
		bytes.clear();
		encoder.encode(chars, bytes, eof);
		if (eof && !chars.hasRemaining()) {
			encoder.flush(bytes);
		}
		bytes.flip();
		return bytes.hasRemaining() || !(eof && !chars.hasRemaining());
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
