package org.harapan.io.internal;

/**
 * A compact map from a non-negative long (e.g. a 16-digit NIK) to a line number, with open addressing in two
 * arrays: a million entries take 16 MB instead of the ~80 MB of a {@code HashMap<Long, Long>}.
 */
public final class LongLineMap {

	private long[] keys = new long[1 << 12];
	private long[] lines = new long[1 << 12];
	private int size;

	/** The line stored for {@code key}, or 0 when none. */
	public long get(long key) {
		int mask = keys.length - 1;
		for (int i = slot(key, mask);; i = (i + 1) & mask) {
			if (keys[i] == 0) {
				return 0;
			}
			if (keys[i] == key + 1) {
				return lines[i];
			}
		}
	}

	/** Stores the line for {@code key} unless one is stored; returns the line stored before, or 0. */
	public long putIfAbsent(long key, long line) {
		if (key < 0 || key == Long.MAX_VALUE) {
			throw new IllegalArgumentException("key " + key); //$NON-NLS-1$
		}
		if (2 * (size + 1) > keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		for (int i = slot(key, mask);; i = (i + 1) & mask) {
			if (keys[i] == 0) {
				keys[i] = key + 1;
				lines[i] = line;
				size++;
				return 0;
			}
			if (keys[i] == key + 1) {
				return lines[i];
			}
		}
	}

	public int size() {
		return size;
	}

	private static int slot(long key, int mask) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}

	private void grow() {
		long[] oldKeys = keys;
		long[] oldLines = lines;
		keys = new long[oldKeys.length * 2];
		lines = new long[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != 0) {
				putIfAbsent(oldKeys[i] - 1, oldLines[i]);
			}
		}
	}
}
