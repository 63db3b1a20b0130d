package org.harapan.store;

import java.time.LocalDate;

/**
 * Children under five (at {@code asOf}) in a region, optionally only those whose latest length/height-for-age
 * is stunted (z &lt; -2) or whose latest weight-for-length/height is wasted (z &lt; -2).
 */
public record ChildQuery(String regionCode, LocalDate asOf, boolean stuntedOnly, boolean wastedOnly, int limit) {

	public static ChildQuery under5In(String regionCode, LocalDate asOf) {
		return new ChildQuery(regionCode, asOf, false, false, Integer.MAX_VALUE);
	}

	public ChildQuery stunted() {
		return new ChildQuery(regionCode, asOf, true, wastedOnly, limit);
	}

	public ChildQuery wasted() {
		return new ChildQuery(regionCode, asOf, stuntedOnly, true, limit);
	}
}
