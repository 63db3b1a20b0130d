package org.harapan.ui.household.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.harapan.model.region.RegionDirectory;
import org.harapan.store.StoreStatistics;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;

/**
 * A node of the caseload's region tree: the working region (kabupaten/kota, or a case worker's desa) at the root,
 * its kecamatan, their desa, each with its number of households and the desa codes it covers.
 */
record RegionNode(String code, String name, long households, Set<String> desaCodes, List<RegionNode> children) {

	boolean isRoot() {
		return children != null && code.chars().filter(c -> c == '.').count() < 2;
	}

	/** The tree of {@code region} with the counts of {@code statistics} (desa without households are left out). */
	static RegionNode of(WorkingRegion region, StoreStatistics statistics) {
		RegionDirectory regions = RegionDirectory.get();
		Map<String, Long> byDesa = statistics.byDesa();
		String kabupaten = region.kabupatenCode();
		List<String> desa = new ArrayList<>();
		for (String code : byDesa.keySet()) {
			boolean inRegion = region.role() == Role.CASE_WORKER ? region.desaCodes().contains(code)
					: code.startsWith(kabupaten + '.');
			if (inRegion) {
				desa.add(code);
			}
		}
		desa.sort(Comparator.naturalOrder());
		List<RegionNode> kecamatans = new ArrayList<>();
		long total = 0;
		for (int i = 0; i < desa.size();) {
			String kecamatan = parent(desa.get(i));
			List<RegionNode> villages = new ArrayList<>();
			long sum = 0;
			for (; i < desa.size() && parent(desa.get(i)).equals(kecamatan); i++) {
				String code = desa.get(i);
				long n = byDesa.get(code);
				villages.add(new RegionNode(code, regions.name(code), n, Set.of(code), null));
				sum += n;
			}
			kecamatans.add(new RegionNode(kecamatan, regions.name(kecamatan), sum, codes(villages), villages));
			total += sum;
		}
		return new RegionNode(kabupaten, regions.name(kabupaten), total, codes(kecamatans), kecamatans);
	}

	private static String parent(String code) {
		return code.substring(0, code.lastIndexOf('.'));
	}

	private static Set<String> codes(List<RegionNode> nodes) {
		Set<String> result = new LinkedHashSet<>();
		nodes.forEach(n -> result.addAll(n.desaCodes()));
		return result;
	}

	String label() {
		return String.format("%s (%,d)", name == null ? code : name, households); //$NON-NLS-1$
	}
}
