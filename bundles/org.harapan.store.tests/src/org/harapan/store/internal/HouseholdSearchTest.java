package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The caseload's search as you type, filters, sorting and paging (schema version 2) on an embedded H2 store. */
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
	void aStoreOfSchemaVersion1GetsTheConditionsIndexedWhenOpened() throws Exception {
		try (java.sql.Statement s = store.connection().createStatement()) {
			for (String column : new String[] { "pregnant", "sanctioned", "referral_open", "last_verified" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				s.execute("ALTER TABLE household DROP COLUMN " + column); //$NON-NLS-1$
			}
			// back to schema version 1: the tables of later scripts go too, so that migrating runs them again
			s.execute("DROP TABLE IF EXISTS document_audit"); //$NON-NLS-1$
			s.execute("DROP TABLE IF EXISTS document"); //$NON-NLS-1$
			s.execute("DROP TABLE IF EXISTS user_region"); //$NON-NLS-1$
			s.execute("DROP TABLE IF EXISTS app_user"); //$NON-NLS-1$
			s.execute("DROP INDEX IF EXISTS audit_user"); //$NON-NLS-1$
			s.execute("ALTER TABLE audit DROP COLUMN IF EXISTS action"); //$NON-NLS-1$
			s.execute("DELETE FROM schema_version WHERE version>=2"); //$NON-NLS-1$
			store.connection().commit();
		}
		store.close();
		store = new JdbcCaseStoreService(Clock.systemDefaultZone()).openStore(
				StoreLocation.embedded(folder.resolve("harapan")), Fixtures.indexer(), new NullProgressMonitor()); //$NON-NLS-1$
		assertEquals(expected(n -> n % 17 == 0), ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.PREGNANT))));
		assertEquals(expected(n -> n % 4 != 0),
				ids(HouseholdQuery.all().withFilters(Set.of(HouseholdFilter.NOT_VERIFIED_THIS_MONTH))));
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
