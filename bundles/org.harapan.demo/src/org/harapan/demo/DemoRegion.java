package org.harapan.demo;

import java.util.List;
import java.util.SplittableRandom;

import org.harapan.model.region.Region;
import org.harapan.model.region.RegionDirectory;
import org.harapan.model.region.RegionLevel;

/**
 * The real desa of one kabupaten/kota with how many demo households each receives (desa sizes vary,
 * log-normally), the day of the month of each desa's posyandu, and the pendamping who follows each
 * household (contiguous blocks of desa, so that a pendamping works in a few neighbouring villages).
 */
final class DemoRegion {

	private final Region kabupaten;
	private final List<Region> desa;
	private final List<Region> kecamatan;
	/** First household index of each desa; {@code start[desa.size()] == households}. */
	private final int[] start;
	private final int[] posyanduDay;
	private final int households;
	private final int facilitators;

	DemoRegion(RegionDirectory regions, DemoSettings settings, SplittableRandom random) {
		this.kabupaten = regions.find(settings.regionCode())
				.filter(r -> r.level() == RegionLevel.KABUPATEN_KOTA)
				.orElseThrow(() -> new IllegalArgumentException(
						settings.regionCode() + " is not a kabupaten/kota code (e.g. 64.01 for Paser)")); //$NON-NLS-1$
		this.desa = regions.desaUnder(kabupaten.code());
		this.kecamatan = regions.children(kabupaten.code());
		if (desa.isEmpty()) {
			throw new IllegalArgumentException("no desa/kelurahan known under " + kabupaten); //$NON-NLS-1$
		}
		this.households = settings.households();
		this.facilitators = settings.facilitators();
		double[] weight = new double[desa.size()];
		double total = 0;
		posyanduDay = new int[desa.size()];
		for (int i = 0; i < weight.length; i++) {
			weight[i] = Math.exp(0.6 * random.nextGaussian());
			total += weight[i];
			posyanduDay[i] = 5 + random.nextInt(20);
		}
		start = new int[desa.size() + 1];
		double cumulative = 0;
		for (int i = 0; i < weight.length; i++) {
			start[i] = (int) Math.round(households * cumulative / total);
			cumulative += weight[i];
		}
		start[desa.size()] = households;
	}

	Region kabupaten() {
		return kabupaten;
	}

	List<Region> desa() {
		return desa;
	}

	/** Index of the desa that household {@code index} (0-based, generation order) lives in. */
	int desaOf(int index) {
		int low = 0;
		int high = desa.size() - 1;
		while (low < high) {
			int mid = (low + high + 1) >>> 1;
			if (start[mid] <= index) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return low;
	}

	/** Position of a kecamatan code among the kabupaten's kecamatan (ordered by code). */
	int kecamatanIndex(String kecamatanCode) {
		for (int i = 0; i < kecamatan.size(); i++) {
			if (kecamatan.get(i).code().equals(kecamatanCode)) {
				return i;
			}
		}
		throw new IllegalStateException("kecamatan " + kecamatanCode + " not under " + kabupaten); //$NON-NLS-1$ //$NON-NLS-2$
	}

	int kecamatanCount() {
		return kecamatan.size();
	}

	int posyanduDay(int desaIndex) {
		return posyanduDay[desaIndex];
	}

	/** Number of the pendamping (1-based) following household {@code index}. */
	int facilitatorOf(int index) {
		return (int) ((long) index * facilitators / Math.max(1, households)) + 1;
	}

	/** User id of pendamping {@code number}, e.g. {@code pendamping.6401.07}. */
	String facilitatorId(int number) {
		return String.format("pendamping.%s.%02d", kabupaten.digits(), number); //$NON-NLS-1$
	}
}
