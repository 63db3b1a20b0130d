package org.harapan.store;

/**
 * @param location      where the store lives
 * @param product       the database product and version, e.g. "H2 2.5.252"
 * @param schemaVersion the schema version after migration
 * @param households    the number of households stored
 */
public record StoreInfo(StoreLocation location, String product, int schemaVersion, long households) {
}
