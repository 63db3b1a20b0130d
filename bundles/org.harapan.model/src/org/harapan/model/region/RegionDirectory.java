package org.harapan.model.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The Kemendagri region directory: every provinsi, kabupaten/kota, kecamatan and desa/kelurahan with
 * its code and name, from the resources {@code regions/areas.tsv} and {@code regions/villages.tsv.gz}
 * of this bundle (converted from idn-area-data, ODbL 1.0; see about.html). Desa/kelurahan are read on
 * first use. Codes are dotted ({@code 18.07.01.2001}); lookups also accept the undotted form used in
 * NIK and No. KK ({@code 1807012001}). Immutable and thread-safe.
 */
public final class RegionDirectory {

	/** Resource with provinsi, kabupaten/kota and kecamatan, one {@code code<TAB>name} a line. */
	public static final String AREAS_RESOURCE = "/regions/areas.tsv";
	/** Gzipped resource with every desa/kelurahan, same format. */
	public static final String VILLAGES_RESOURCE = "/regions/villages.tsv.gz";

	private static final java.util.regex.Pattern PLAIN_CODE = java.util.regex.Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}"); //$NON-NLS-1$

	private static volatile RegionDirectory shared;

	private final NavigableMap<String, Region> areas;
	private volatile NavigableMap<String, Region> villages;

	private RegionDirectory(NavigableMap<String, Region> areas) {
		this.areas = areas;
	}

	/** The directory loaded from this bundle's resources (loaded once, then shared). */
	public static RegionDirectory get() {
		RegionDirectory d = shared;
		if (d == null) {
			synchronized (RegionDirectory.class) {
				d = shared;
				if (d == null) {
					d = new RegionDirectory(read(AREAS_RESOURCE, false));
					shared = d;
				}
			}
		}
		return d;
	}

	/** The region with this code (dotted or undotted), if any. */
	public Optional<Region> find(String code) {
		String c = normalize(code);
		if (c == null) {
			return Optional.empty();
		}
		Region r = RegionLevel.of(c) == RegionLevel.DESA ? villages().get(c) : areas.get(c);
		return Optional.ofNullable(r);
	}

	/** Whether a region with this code exists. */
	public boolean exists(String code) {
		return find(code).isPresent();
	}

	/** The name of the region with this code, or {@code null}. */
	public String name(String code) {
		return find(code).map(Region::name).orElse(null);
	}

	/** Whether this (dotted or undotted) code is a real kabupaten/kota code, e.g. {@code 1807}. */
	public boolean isKabupatenKota(String code) {
		return find(code).filter(r -> r.level() == RegionLevel.KABUPATEN_KOTA).isPresent();
	}

	/** The direct children of a region, ordered by code; for {@code null} or "" the provinsi. */
	public List<Region> children(String code) {
		if (code == null || code.isEmpty()) {
			return atLevel(areas, RegionLevel.PROVINSI);
		}
		String c = normalize(code);
		RegionLevel level = RegionLevel.of(c);
		if (level == null || level == RegionLevel.DESA) {
			return List.of();
		}
		NavigableMap<String, Region> source = level == RegionLevel.KECAMATAN ? villages() : areas;
		List<Region> result = new ArrayList<>();
		for (Region r : source.subMap(c + ".", true, c + "/", false).values()) {
			if (r.level() == level.child()) {
				result.add(r);
			}
		}
		return Collections.unmodifiableList(result);
	}

	/** All desa/kelurahan under a region (a provinsi, kabupaten/kota or kecamatan), ordered by code. */
	public List<Region> desaUnder(String code) {
		String c = normalize(code);
		if (c == null) {
			return List.of();
		}
		return List.copyOf(villages().subMap(c + ".", true, c + "/", false).values());
	}

	/** The ancestor of a region at the given level (the region itself at its own level). */
	public Optional<Region> ancestor(String code, RegionLevel level) {
		String c = normalize(code);
		RegionLevel own = RegionLevel.of(c);
		if (own == null || own.ordinal() < level.ordinal()) {
			return Optional.empty();
		}
		String[] parts = c.split("\\.");
		return find(String.join(".", java.util.Arrays.copyOf(parts, level.segments())));
	}

	/** The kabupaten/kota of a kecamatan or desa (or itself). */
	public Optional<Region> kabupatenOf(String code) {
		return ancestor(code, RegionLevel.KABUPATEN_KOTA);
	}

	/** The dotted codes of all kabupaten/kota, e.g. for NIK validation. */
	public Set<String> kabupatenKotaCodes() {
		Set<String> codes = new TreeSet<>();
		atLevel(areas, RegionLevel.KABUPATEN_KOTA).forEach(r -> codes.add(r.code()));
		return Collections.unmodifiableSet(codes);
	}

	/** All regions of one level, ordered by code. */
	public List<Region> all(RegionLevel level) {
		return atLevel(level == RegionLevel.DESA ? villages() : areas, level);
	}

	/**
	 * Regions of a level whose name contains {@code text} (case-insensitive), optionally only under
	 * {@code within} (a code, or {@code null} for the whole country), at most {@code limit}.
	 */
	public List<Region> search(String text, RegionLevel level, String within, int limit) {
		String needle = text.toLowerCase(Locale.ROOT);
		String prefix = within == null ? null : normalize(within) + ".";
		List<Region> result = new ArrayList<>();
		for (Region r : all(level)) {
			if ((prefix == null || r.code().startsWith(prefix))
					&& r.name().toLowerCase(Locale.ROOT).contains(needle)) {
				result.add(r);
				if (result.size() >= limit) {
					break;
				}
			}
		}
		return result;
	}

	/**
	 * The dotted form of a code: {@code "1807012001"} becomes {@code "18.07.01.2001"}; dotted codes are
	 * returned trimmed; anything else gives {@code null}.
	 */
	public static String normalize(String code) {
		if (code == null) {
			return null;
		}
		String c = code.trim();
		if (RegionLevel.of(c) != null) {
			return c;
		}
		if (!PLAIN_CODE.matcher(c).matches()) {
			return null;
		}
		StringBuilder b = new StringBuilder(c.substring(0, 2));
		for (int i = 2; i < Math.min(c.length(), 6); i += 2) {
			b.append('.').append(c, i, i + 2);
		}
		if (c.length() == 10) {
			b.append('.').append(c, 6, 10);
		}
		return b.toString();
	}

	private NavigableMap<String, Region> villages() {
		NavigableMap<String, Region> v = villages;
		if (v == null) {
			synchronized (this) {
				v = villages;
				if (v == null) {
					v = read(VILLAGES_RESOURCE, true);
					villages = v;
				}
			}
		}
		return v;
	}

	private static List<Region> atLevel(NavigableMap<String, Region> map, RegionLevel level) {
		List<Region> result = new ArrayList<>();
		for (Region r : map.values()) {
			if (r.level() == level) {
				result.add(r);
			}
		}
		return Collections.unmodifiableList(result);
	}

	private static NavigableMap<String, Region> read(String resource, boolean gzip) {
		NavigableMap<String, Region> map = new TreeMap<>();
		try (InputStream raw = RegionDirectory.class.getResourceAsStream(resource)) {
			if (raw == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty() || line.charAt(0) == '#') {
					continue;
				}
				int tab = line.indexOf('\t');
				String code = line.substring(0, tab);
				RegionLevel level = RegionLevel.of(code);
				if (level == null) {
					throw new IllegalStateException(resource + ": bad code " + code);
				}
				map.put(code, new Region(code, line.substring(tab + 1), level));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(resource, e);
		}
		return Collections.unmodifiableNavigableMap(map);
	}
}
