package org.harapan.store;

/** One stored document version: its metadata and its bytes (the kind's own format, e.g. XMI). */
public record StoredDocument(DocumentInfo info, byte[] content) {
}
