package org.harapan.store;

import java.util.Set;
import java.util.TreeSet;

/**
 * The households a session may see: those of a desa, kecamatan, kabupaten or provinsi among {@link #codes()}
 * (Kemendagri dotted codes: a household belongs to a code when its desa code is the code or starts with it and a
 * dot). {@link #ALL} does not restrict; an empty set of codes sees nothing. The store applies it in SQL.
 *
 * @param codes the region codes; {@code null} for {@link #ALL}
 */
public record RegionScope(Set<String> codes) {

	/** Every household. */
	public static final RegionScope ALL = new RegionScope(null);

	public RegionScope {
		codes = codes == null ? null : Set.copyOf(new TreeSet<>(codes));
	}

	/** The households of these regions (none when {@code codes} is empty). */
	public static RegionScope of(Set<String> codes) {
		return new RegionScope(codes == null ? Set.of() : codes);
	}

	public boolean isAll() {
		return codes == null;
	}

	/** Whether a household of {@code desaCode} is in this scope (a household without a desa only in {@link #ALL}). */
	public boolean contains(String desaCode) {
		if (codes == null) {
			return true;
		}
		if (desaCode == null) {
			return false;
		}
		for (String c : codes) {
			if (desaCode.equals(c) || desaCode.startsWith(c + ".")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	/** The region codes at {@code dots} dots (3 desa, 2 kecamatan, 1 kabupaten, 0 provinsi), sorted. */
	public Set<String> codesAtDepth(int dots) {
		Set<String> result = new TreeSet<>();
		if (codes != null) {
			for (String c : codes) {
				if (c.chars().filter(ch -> ch == '.').count() == dots) {
					result.add(c);
				}
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return codes == null ? "*" : String.join(",", codes); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
