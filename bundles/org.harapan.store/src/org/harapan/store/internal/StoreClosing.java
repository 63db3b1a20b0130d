package org.harapan.store.internal;

/** Closing what a store prepared on its connection, when what fails in closing no longer matters. */
final class StoreClosing {

	private StoreClosing() {
	}

	/** Closes each of {@code parts} (null ones skipped), whatever the others do. */
	static void quietly(AutoCloseable... parts) {
		for (AutoCloseable part : parts) {
			try {
				if (part != null) {
					part.close();
				}
			} catch (Exception e) {
				// closed already, or its connection is gone: nothing is left to release
			}
		}
	}
}
