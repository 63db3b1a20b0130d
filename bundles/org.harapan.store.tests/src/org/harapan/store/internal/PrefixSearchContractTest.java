package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.model.region.RegionDirectory;
import org.harapan.model.validation.Nik;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSort;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.RegionScope;
import org.harapan.store.SaveResult;
import org.junit.jupiter.api.Test;

/**
 * A NIK prefix that names a kecamatan and matches thousands of households ({@link DigitSearchPlanner}: its home
 * region), on H2 ({@link H2PrefixSearchTest}) and PostgreSQL ({@link PostgresPrefixSearchTest}): the rows, their
 * order, pages and counts are those the search keys of every household give, within the session's regions, also
 * when people registered in the kecamatan live elsewhere and people registered elsewhere live in it.
 */
abstract class PrefixSearchContractTest extends StoreTestBase {

	/** Households in the kecamatan: more than the member NIK and No. KK indexes are asked to find. */
	static final int HOME = 2_400;
	/** Households in the other kecamatan of Kabupaten Paser. */
	static final int ELSEWHERE = 300;

	private final Fixtures fixtures = new Fixtures(today);
	/** The kecamatan with the most desa, and its code as a NIK starts with it. */
	private final String kecamatan;
	private final String digits;
	private final List<Household> households = new ArrayList<>();

	PrefixSearchContractTest() {
		Map<String, Long> desaPerKecamatan = RegionDirectory.get().desaUnder("64.01").stream() //$NON-NLS-1$
				.collect(Collectors.groupingBy(d -> kecamatanOf(d.code()), Collectors.counting()));
		kecamatan = desaPerKecamatan.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		digits = kecamatan.replace(".", ""); //$NON-NLS-1$ //$NON-NLS-2$
		int home = 0;
		int elsewhere = 0;
		for (int n = 0; home < HOME || elsewhere < ELSEWHERE; n++) {
			boolean inside = kecamatanOf(fixtures.desaOf(n)).equals(kecamatan);
			if (inside ? home++ < HOME : elsewhere++ < ELSEWHERE) {
				households.add(fixtures.household(n));
			}
		}
	}

	private static String kecamatanOf(String desa) {
		return desa.substring(0, desa.lastIndexOf('.'));
	}

	private JdbcCaseStore filled() {
		JdbcCaseStore store = open();
		store.saveAll(households.stream().map(EcoreUtil::copy).iterator(), "import", null, null); //$NON-NLS-1$
		return store;
	}

	@Test
	void aKecamatanCodeFindsItsHouseholdsInOrderPageByPage() {
		JdbcCaseStore store = filled();
		// 7 digits: every No. KK of the fixtures has a 0 there, so they are more than the indexes are asked to find
		for (String text : List.of(digits, digits + '0', digits.substring(0, 5))) {
			HouseholdQuery q = HouseholdQuery.all().withText(text);
			DigitPlan plan = assertInstanceOf(DigitPlan.Home.class, plan(store, q), text);
			assertNotNull(((DigitPlan.Home) plan).first(), "no household outside: the page starts at the first"); //$NON-NLS-1$
			List<String> expected = expected(text, h -> true);
			assertTrue(expected.size() > SearchText.MAX_CANDIDATES / 2, text + ": " + expected.size());
			assertSearch(store, q, expected);
		}
	}

	@Test
	void peopleRegisteredInTheKecamatanWhoLiveElsewhereAreFound() {
		JdbcCaseStore store = filled();
		List<Household> away = households.stream().filter(h -> !inKecamatan(h)).limit(4).toList();
		Household in = households.stream().filter(this::inKecamatan).skip(HOME / 2).findFirst().orElseThrow();
		String other = kecamatanOf(away.get(0).getDesaCode());
		Set<String> used = households.stream().flatMap(h -> h.getMembers().stream()).map(Member::getNik)
				.collect(Collectors.toCollection(HashSet::new));
		for (int i = 0; i < 3; i++) { // a member of each of three households elsewhere was registered in the kecamatan
			Member m = away.get(i).getMembers().get(i % 2);
			m.setNik(unused(kecamatan, m, used));
		}
		away.get(3).setNoKK(digits + "9999999999"); // a family card of the kecamatan //$NON-NLS-1$
		Member moved = in.getMembers().get(0); // and someone registered elsewhere lives in the kecamatan
		moved.setNik(unused(other, moved, used));
		for (Household h : List.of(away.get(0), away.get(1), away.get(2), away.get(3), in)) {
			Household stored = store.load(h.getKpmId()).orElseThrow();
			stored.setNoKK(h.getNoKK());
			for (int i = 0; i < h.getMembers().size(); i++) {
				stored.getMembers().get(i).setNik(h.getMembers().get(i).getNik());
			}
			assertInstanceOf(SaveResult.Saved.class, store.save(stored, "test", "moved")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		HouseholdQuery q = HouseholdQuery.all().withText(digits);
		DigitPlan.Home plan = assertInstanceOf(DigitPlan.Home.class, plan(store, q));
		assertEquals(away.stream().map(Household::getKpmId).sorted().toList(), plan.outside());
		List<String> expected = expected(digits, h -> true);
		assertTrue(expected.containsAll(plan.outside()), expected::toString);
		assertSearch(store, q, expected);
		String otherDigits = other.replace(".", ""); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> registeredElsewhere = expected(otherDigits, h -> true);
		assertTrue(registeredElsewhere.contains(in.getKpmId()), registeredElsewhere::toString);
		assertSearch(store, HouseholdQuery.all().withText(otherDigits), registeredElsewhere);
		assertSearch(store, HouseholdQuery.all().withText(moved.getNik()), List.of(in.getKpmId()));
		assertSearch(store, HouseholdQuery.all().withText(away.get(3).getNoKK()), List.of(away.get(3).getKpmId()));
	}

	@Test
	void aSessionSeesOnlyItsRegions() {
		filled().close();
		JdbcCaseStore kabupaten = open();
		kabupaten.restrictTo(RegionScope.of(Set.of("64.01"))); //$NON-NLS-1$
		HouseholdQuery q = HouseholdQuery.all().withText(digits);
		assertInstanceOf(DigitPlan.Home.class, plan(kabupaten, q));
		assertSearch(kabupaten, q, expected(digits, h -> true));
		String desa = households.stream().filter(this::inKecamatan).findFirst().orElseThrow().getDesaCode();
		JdbcCaseStore caseWorker = open();
		caseWorker.restrictTo(RegionScope.of(Set.of(desa)));
		List<String> ofDesa = expected(digits, h -> h.getDesaCode().equals(desa));
		assertFalse(ofDesa.isEmpty());
		assertSearch(caseWorker, q, ofDesa);
		JdbcCaseStore elsewhere = open();
		elsewhere.restrictTo(RegionScope.of(Set.of("64.09"))); // another kabupaten: nothing //$NON-NLS-1$
		assertEquals(List.of(), elsewhere.find(q));
		assertEquals(0, elsewhere.count(q, 1_001));
	}

	@Test
	void filtersAndOtherOrdersKeepTheirMeaning() {
		JdbcCaseStore store = filled();
		HouseholdQuery active = HouseholdQuery.all().withText(digits).withStatus(HouseholdStatus.ACTIVE);
		assertSearch(store, active, expected(digits, h -> h.getStatus() == HouseholdStatus.ACTIVE));
		for (HouseholdSort sort : List.of(HouseholdSort.HEAD_NAME, HouseholdSort.DESA, HouseholdSort.MEMBERS)) {
			HouseholdQuery q = HouseholdQuery.all().withText(digits).withSort(sort, true);
			assertInstanceOf(DigitPlan.Home.class, plan(store, q));
			List<HouseholdSummary> page = store.find(q.withPage(100, 100));
			store.setSearchCandidates(0); // on the search keys of every household, in the same order
			assertEquals(store.find(q.withPage(100, 100)), page, sort::toString);
			store.setSearchCandidates(SearchText.MAX_CANDIDATES);
		}
	}

	/** The households, first page, next page and counts of {@code q} are {@code expected} (in KPM id order). */
	private static void assertSearch(JdbcCaseStore store, HouseholdQuery q, List<String> expected) {
		assertEquals(expected.subList(0, Math.min(100, expected.size())), ids(store.find(q.withPage(0, 100))),
				q::toString);
		assertEquals(expected.subList(Math.min(100, expected.size()), Math.min(200, expected.size())),
				ids(store.find(q.withPage(100, 100))), q::toString);
		List<String> descending = new ArrayList<>(expected.reversed());
		assertEquals(descending.subList(0, Math.min(50, expected.size())),
				ids(store.find(q.withSort(HouseholdSort.KPM_ID, true).withPage(0, 50))), q::toString);
		assertEquals(expected, ids(store.find(q)), q::toString);
		assertEquals(expected.size(), store.count(q), q::toString);
		assertEquals(Math.min(1_001, expected.size()), store.count(q, 1_001), q::toString);
		store.setSearchCandidates(0); // the same on the search keys of every household
		assertEquals(expected, ids(store.find(q)), q::toString);
		store.setSearchCandidates(SearchText.MAX_CANDIDATES);
	}

	private static List<String> ids(List<HouseholdSummary> found) {
		return found.stream().map(HouseholdSummary::kpmId).toList();
	}

	private static DigitPlan plan(JdbcCaseStore store, HouseholdQuery q) {
		return store.run(() -> store.queries().plan(q));
	}

	/** The households with a NIK or No. KK starting with {@code prefix} that {@code which} accepts, by KPM id. */
	private List<String> expected(String prefix, Predicate<Household> which) {
		return households.stream()
				.filter(h -> h.getNoKK().startsWith(prefix)
						|| h.getMembers().stream().anyMatch(m -> m.getNik().startsWith(prefix)))
				.filter(which).map(Household::getKpmId).sorted(Comparator.naturalOrder()).toList();
	}

	private boolean inKecamatan(Household h) {
		return kecamatanOf(h.getDesaCode()).equals(kecamatan);
	}

	/** A NIK registered in {@code region} for {@code m}'s birth date and sex that no one has. */
	private static String unused(String region, Member m, Set<String> used) {
		for (int serial = 9999;; serial--) {
			String nik = Nik.compose(region, m.getBirthDate(), m.getSex(), serial);
			if (used.add(nik)) {
				return nik;
			}
		}
	}
}
