package org.harapan.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Household;
import org.harapan.store.StoreException;

/**
 * Serializes a household tree with EMF's binary resource format and compresses it with Deflate when that
 * saves space. The first byte of the stored bytes says which: {@link #RAW} or {@link #DEFLATED}. The
 * serialization is deterministic (the version is transient), so its hash tells whether a household changed.
 */
final class HouseholdCodec {

	static final byte RAW = 0;
	static final byte DEFLATED = 1;

	private static final Map<Object, Object> OPTIONS = Map.of(BinaryResourceImpl.OPTION_VERSION,
			BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);

	private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal
			.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
	private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(Inflater::new);
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	});

	static {
		// registers the package in the global registry that binary loads consult
		HarapanPackage.eINSTANCE.eClass();
	}

	private HouseholdCodec() {
	}

	/** The EMF binary bytes of the household (uncompressed). */
	static byte[] serialize(Household household) {
		Resource resource = household.eResource();
		Household subject = household;
		if (resource == null) {
			resource = newResource(household.getKpmId());
			resource.getContents().add(household);
		} else if (resource.getContents().size() != 1 || resource.getContents().get(0) != household
				|| ((EObject) household).eContainer() != null) {
			// the household shares a resource with other objects: serialize a copy of it alone
			subject = EcoreUtil.copy(household);
			resource = newResource(household.getKpmId());
			resource.getContents().add(subject);
		}
		ByteArrayOutputStream out = new UnsynchronizedBytes(4096);
		try {
			BinaryResourceImpl.EObjectOutputStream stream = new BinaryResourceImpl.EObjectOutputStream(out, OPTIONS);
			stream.saveResource(resource);
			stream.flush();
		} catch (IOException e) {
			throw new StoreException("Cannot serialize household " + household.getKpmId() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return out.toByteArray();
	}

	/** The bytes to store: a marker byte, then the serialization, deflated when that is smaller. */
	static byte[] pack(byte[] serialized) {
		Deflater deflater = DEFLATER.get();
		try {
			deflater.setInput(serialized);
			deflater.finish();
			byte[] buffer = new byte[serialized.length + 1];
			buffer[0] = DEFLATED;
			int length = 1;
			while (!deflater.finished() && length < buffer.length) {
				length += deflater.deflate(buffer, length, buffer.length - length);
			}
			if (deflater.finished() && length < serialized.length) {
				return java.util.Arrays.copyOf(buffer, length);
			}
		} finally {
			deflater.reset();
		}
		byte[] raw = new byte[serialized.length + 1];
		raw[0] = RAW;
		System.arraycopy(serialized, 0, raw, 1, serialized.length);
		return raw;
	}

	/** The serialization from stored bytes. */
	static byte[] unpack(byte[] stored) {
		if (stored[0] == RAW) {
			return java.util.Arrays.copyOfRange(stored, 1, stored.length);
		}
		Inflater inflater = INFLATER.get();
		try {
			inflater.setInput(stored, 1, stored.length - 1);
			ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
			byte[] buffer = new byte[8192];
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new StoreException("Stored household data is truncated"); //$NON-NLS-1$
				}
				out.write(buffer, 0, n);
			}
			return out.toByteArray();
		} catch (DataFormatException e) {
			throw new StoreException("Stored household data is corrupt: " + e.getMessage(), e); //$NON-NLS-1$
		} finally {
			inflater.reset();
		}
	}

	/** Reads a household from stored bytes into a new binary resource of its own. */
	static Household decode(String kpmId, byte[] stored) {
		Resource resource = newResource(kpmId);
		try (InputStream in = new ByteReader(unpack(stored))) {
			BinaryResourceImpl.EObjectInputStream stream = new BinaryResourceImpl.EObjectInputStream(in, OPTIONS);
			stream.loadResource(resource);
		} catch (IOException e) {
			throw new StoreException("Cannot read household " + kpmId + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Household h)) {
			throw new StoreException("Stored data of household " + kpmId + " is not a household"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return h;
	}

	/** A hex SHA-256 of the serialization, to tell unchanged households. */
	static String hash(byte[] serialized) {
		return HexFormat.of().formatHex(SHA256.get().digest(serialized));
	}

	private static Resource newResource(String kpmId) {
		return new BinaryResourceImpl(URI.createURI("harapan:/kpm/" + (kpmId == null ? "new" : URI.encodeSegment(kpmId, false)))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * A byte buffer without {@link ByteArrayOutputStream}'s lock on every write: EMF's binary writer writes
	 * byte by byte, and the lock was the largest single cost of a bulk import.
	 */
	private static final class UnsynchronizedBytes extends ByteArrayOutputStream {
		UnsynchronizedBytes(int size) {
			super(size);
		}

		@Override
		public void write(int b) {
			if (count == buf.length) {
				buf = java.util.Arrays.copyOf(buf, buf.length * 2);
			}
			buf[count++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			java.util.Objects.checkFromIndexSize(off, len, b.length);
			if (count + len > buf.length) {
				buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + len));
			}
			System.arraycopy(b, off, buf, count, len);
			count += len;
		}
	}

	/**
	 * Reads a byte array without {@link java.io.ByteArrayInputStream}'s lock on every read: EMF's binary reader
	 * reads byte by byte, and the lock was the largest single cost of decoding a household.
	 */
	private static final class ByteReader extends InputStream {
		private final byte[] bytes;
		private int position;

		ByteReader(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() {
			return position < bytes.length ? bytes[position++] & 0xff : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (position >= bytes.length) {
				return len == 0 ? 0 : -1;
			}
			int n = Math.min(len, bytes.length - position);
			System.arraycopy(bytes, position, b, off, n);
			position += n;
			return n;
		}

		@Override
		public int available() {
			return bytes.length - position;
		}
	}
}
