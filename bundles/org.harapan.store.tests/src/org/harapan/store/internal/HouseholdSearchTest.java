package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.HarapanFactory;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.Referral;
import org.harapan.model.ReferralState;
import org.harapan.store.HouseholdFilter;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSort;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caseload's search as you type, filters, sorting and paging (schema versions 2 and 3: conditions and search keys) on an embedded H2 store. */
class HouseholdSearchTest {

	private static final int COUNT = 60;

	@TempDir
	Path folder;

	private final LocalDate today = LocalDate.now();
	private final List<Household> households = IntStream.range(0, COUNT).mapToObj(new Fixtures(today)::household)
			.toList();
	private JdbcCaseStore store;

	@BeforeEach
	void fill() {
		store = new JdbcCaseStoreService(Clock.systemDefaultZone()).openStore(
				StoreLocation.embedded(folder.resolve("harapan")), Fixtures.indexer(), new NullProgressMonitor()); //$NON-NLS-1$
		for (int n = 0; n < COUNT; n++) {
			Household h = households.get(n);
			if (n % 5 == 0) {
				Referral r = HarapanFactory.eINSTANCE.createReferral();
				r.setState(n % 10 == 0 ? ReferralState.OPEN : ReferralState.DONE);
				h.getReferrals().add(r);
			}
			if (n % 4 == 0) {
				ComplianceRecord c = HarapanFactory.eINSTANCE.createComplianceRecord();
				c.setMonth(YearMonth.from(today));
				c.setStatus(ComplianceStatus.MET);
				h.getComplianceRecords().add(c);
			}
		}
		store.saveAll(households.iterator(), "test", null, null); //$NON-NLS-1$
	}

	@AfterEach
	void close() {
		store.close();
	}

	private List<String> ids(HouseholdQuery q) {
		if (q.limit() == Integer.MAX_VALUE) {
			assertEquals(store.find(q).size(), store.count(q), "count agrees with find"); //$NON-NLS-1$
		}
		return store.find(q).stream().map(HouseholdSummary::kpmId).toList();
	}

	private static List<String> expected(IntPredicate which) {
		return IntStream.range(0, COUNT).filter(which).mapToObj(Fixtures::kpmId).toList();
	}

	@Test
	void partOfANikFindsItsHousehold() {
		Member child = households.get(7).getMembers().get(1);
		List<String> found = ids(HouseholdQuery.all().withText(child.getNik().substring(0, 14)));
		assertTrue(found.contains(Fixtures.kpmId(7)), found::toString);
		assertEquals(List.of(Fixtures.kpmId(7)), ids(HouseholdQuery.all().withText(child.getNik())));
	}

	@Test
	void nameNoKkAndKpmIdAreSearchedCaseInsensitively() {
		Household h = households.get(11);
		String family = h.head().getName().split(" ")[1]; //$NON-NLS-1$
		List<String> byName = ids(HouseholdQuery.all().withText(family.toLowerCase().substring(1)));
		assertTrue(byName.contains(h.getKpmId()), byName::toString);
		assertEquals(List.of(h.getKpmId()), ids(HouseholdQuery.all().withText(h.getNoKK())));
		assertEquals(List.of(h.getKpmId()), ids(HouseholdQuery.all().withText("kpm00000011"))); //$NON-NLS-1$
		assertEquals(List.of(), ids(HouseholdQuery.all().withText("100%_\\"))); //$NON-NLS-1$
		assertEquals(COUNT, ids(HouseholdQuery.all().withText("64")).size(), "every NIK of Paser starts with 64"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(7, store.count(HouseholdQuery.all().withText("64"), 7), "a capped count"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(COUNT, store.count(HouseholdQuery.all(), 1000));
	}

	@Test
	void filtersUseTheIndexedConditions() {
		assertEquals(expected(Fixtures::stunted), ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.STUNTED_CHILD))));
		assertEquals(expected(n -> n % 17 == 0), ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.PREGNANT))));
		IntPredicate open = n -> households.get(n).getReferrals().stream()
				.anyMatch(r -> r.getState() == ReferralState.OPEN || r.getState() == ReferralState.ACCEPTED);
		assertTrue(expected(open).containsAll(expected(n -> n % 10 == 0)));
		assertEquals(expected(open), ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.REFERRAL_OPEN))));
		assertEquals(expected(n -> n % 4 != 0),
				ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.NOT_VERIFIED_THIS_MONTH))));
		List<String> sanctioned = ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.SANCTIONED)));
		assertTrue(sanctioned.containsAll(expected(n -> n % 10 == 0 && n % 25 != 0)), sanctioned::toString);
		assertEquals(expected(n -> Fixtures.stunted(n) && open.test(n)), ids(HouseholdQuery.all()
				.withFilters(Set.of(HouseholdFilter.STUNTED_CHILD, HouseholdFilter.REFERRAL_OPEN))));
	}

	@Test
	void aStoreOfSchemaVersion1GetsTheConditionsAndSearchKeysIndexedWhenOpened() throws Exception {
		Member member = households.get(23).getMembers().get(1);
		try (java.sql.Statement s = store.connection().createStatement()) {
			s.execute("DROP INDEX IF EXISTS household_search_region"); // V7, on search_keys //$NON-NLS-1$
			for (String column : new String[] { "pregnant", "sanctioned", "referral_open", "last_verified", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"search_keys" }) { //$NON-NLS-1$
				s.execute("ALTER TABLE household DROP COLUMN " + column); //$NON-NLS-1$
			}
			// back to schema version 1: the tables of later scripts go too, so that migrating runs them again
			s.execute("DROP TABLE IF EXISTS document_audit"); //$NON-NLS-1$
			s.execute("DROP TABLE IF EXISTS document"); //$NON-NLS-1$
			s.execute("DROP TABLE IF EXISTS user_region"); //$NON-NLS-1$
			s.execute("DROP TABLE IF EXISTS app_user"); //$NON-NLS-1$
			s.execute("DROP INDEX IF EXISTS audit_user"); //$NON-NLS-1$
			s.execute("ALTER TABLE audit DROP COLUMN IF EXISTS action"); //$NON-NLS-1$
			// (V6__row_level_security.sql creates nothing on H2)
			s.execute("DELETE FROM schema_version WHERE version>=" + Migrations.versionOf("household_casework_flags")); //$NON-NLS-1$ //$NON-NLS-2$
			store.connection().commit();
		}
		store.close();
		store = new JdbcCaseStoreService(Clock.systemDefaultZone()).openStore(
				StoreLocation.embedded(folder.resolve("harapan")), Fixtures.indexer(), new NullProgressMonitor()); //$NON-NLS-1$
		assertEquals(expected(n -> n % 17 == 0), ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.PREGNANT))));
		assertEquals(expected(n -> n % 4 != 0),
				ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.NOT_VERIFIED_THIS_MONTH))));
		store.setSearchCandidates(0); // every digit search on the search keys
		assertEquals(List.of(Fixtures.kpmId(23)), ids(HouseholdQuery.all().withText(member.getNik())));
	}

	@Test
	void aDigitSearchFindsTheSameThroughTheIndexesAndOnTheSearchKeys() {
		Household h = households.get(31);
		List<String> texts = List.of("6", "64", "6401", "640101", h.getNoKK().substring(0, 9), h.getNoKK(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				h.getMembers().get(1).getNik().substring(0, 12), h.getMembers().get(1).getNik(), "9", "0"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String text : texts) {
			HouseholdQuery q = HouseholdQuery.all().withText(text);
			store.setSearchCandidates(SearchText.MAX_CANDIDATES);
			List<String> throughIndexes = ids(q);
			assertEquals(text.length() < SearchText.INDEX_DIGITS, store.explain(q).contains("SEARCH_KEYS"), //$NON-NLS-1$
					store.explain(q));
			store.setSearchCandidates(0);
			assertTrue(store.explain(q).contains("SEARCH_KEYS"), store.explain(q)); //$NON-NLS-1$
			assertEquals(throughIndexes, ids(q), text);
			assertEquals(throughIndexes.size(), store.count(q, 1000), text);
			assertEquals(throughIndexes.subList(0, Math.min(5, throughIndexes.size())), ids(q.withPage(0, 5)), text);
		}
		store.setSearchCandidates(SearchText.MAX_CANDIDATES);
		assertEquals(List.of(h.getKpmId()), ids(HouseholdQuery.all().withText(h.getNoKK())));
		assertEquals(COUNT, ids(HouseholdQuery.all().withText("64")).size()); //$NON-NLS-1$
	}

	@Test
	void theKeysOfAKecamatanAreCountedWithoutReadingItsHouseholdRows() throws Exception {
		String nik = households.get(7).getMembers().get(0).getNik();
		List<Object> p = new java.util.ArrayList<>();
		String select = DigitSearchPlanner.keysInside(DigitPlan.Home.of(nik.substring(0, 6)), p);
		try (java.sql.PreparedStatement s = store.connection().prepareStatement("EXPLAIN " + select)) { //$NON-NLS-1$
			for (int i = 0; i < p.size(); i++) {
				s.setObject(i + 1, p.get(i));
			}
			try (java.sql.ResultSet r = s.executeQuery()) {
				r.next();
				// every column the planner reads is in the index: H2 reads no household row (with its file) for it
				assertTrue(r.getString(1).contains("HOUSEHOLD_SEARCH_REGION"), r.getString(1)); //$NON-NLS-1$
			}
		}
		HouseholdQuery q = HouseholdQuery.all().withText(nik.substring(0, 6));
		store.setSearchCandidates(1); // more households than candidates: answered through the kecamatan
		assertInstanceOf(DigitPlan.Home.class, store.queries().plan(q));
		List<String> throughKecamatan = ids(q);
		store.setSearchCandidates(0);
		assertEquals(ids(q), throughKecamatan);
	}

	@Test
	void aDigitPrefixIsARangeOfTheIndex() {
		assertEquals("640109", SearchText.after("640108")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("642", SearchText.after("6419")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("1", SearchText.after("0")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(null, SearchText.after("999")); //$NON-NLS-1$
		assertEquals(COUNT, ids(HouseholdQuery.all().withText("6")).size(), "every NIK of Paser starts with 6"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), ids(HouseholdQuery.all().withText("9")), "no upper bound: none starts with 9"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theSearchKeysFollowASave() {
		Household h = store.load(Fixtures.kpmId(5)).orElseThrow();
		Member added = HarapanFactory.eINSTANCE.createMember();
		added.setName("Baru"); //$NON-NLS-1$
		added.setSex(org.harapan.model.Sex.MALE);
		added.setBirthDate(LocalDate.of(2001, 2, 3));
		added.setRelationToHead(org.harapan.model.RelationToHead.OTHER_RELATIVE);
		added.setNik(org.harapan.model.validation.Nik.compose("64.01.01", added.getBirthDate(), added.getSex(), 9876)); //$NON-NLS-1$
		h.getMembers().add(added);
		assertInstanceOf(org.harapan.store.SaveResult.Saved.class, store.save(h, "test", "a member")); //$NON-NLS-1$ //$NON-NLS-2$
		store.setSearchCandidates(0);
		assertEquals(List.of(h.getKpmId()), ids(HouseholdQuery.all().withText(added.getNik())));
	}

	@Test
	void sortingAndPaging() {
		List<HouseholdSummary> byName = store.find(HouseholdQuery.all().withSort(HouseholdSort.HEAD_NAME, false));
		for (int i = 1; i < byName.size(); i++) {
			assertTrue(byName.get(i - 1).headName().compareToIgnoreCase(byName.get(i).headName()) <= 0);
		}
		List<String> descending = ids(HouseholdQuery.all().withSort(HouseholdSort.KPM_ID, true));
		assertEquals(Fixtures.kpmId(COUNT - 1), descending.get(0));
		assertEquals(expected(n -> n >= 10 && n < 15), ids(HouseholdQuery.all().withPage(10, 5)));
		Set<String> two = Set.of(households.get(0).getDesaCode(), households.get(1).getDesaCode());
		assertEquals(expected(n -> two.contains(households.get(n).getDesaCode())),
				ids(HouseholdQuery.all().withDesaCodes(two)));
	}
}
