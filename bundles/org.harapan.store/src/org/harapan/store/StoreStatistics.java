package org.harapan.store;

import java.util.Map;

/**
 * Household counts of a store.
 *
 * @param households    all households
 * @param members       all members
 * @param byKecamatan   kecamatan code to households
 * @param byDesa        desa code to households
 * @param byStatus      status literal to households
 * @param byFacilitator facilitator (pendamping user id) to households
 */
public record StoreStatistics(long households, long members, Map<String, Long> byKecamatan,
		Map<String, Long> byDesa, Map<String, Long> byStatus, Map<String, Long> byFacilitator) {

	public StoreStatistics(long households, long members, Map<String, Long> byKecamatan, Map<String, Long> byDesa,
			Map<String, Long> byStatus) {
		this(households, members, byKecamatan, byDesa, byStatus, Map.of());
	}
}
