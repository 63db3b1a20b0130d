package org.harapan.casework.documents;

import org.harapan.store.DocumentInfo;

/** A document read from the store, with what the store knows of its version. */
public record Versioned<T>(DocumentInfo info, T document) {
}
