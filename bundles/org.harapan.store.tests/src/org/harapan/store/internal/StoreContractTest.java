package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.model.Household;
import org.harapan.model.HouseholdStatus;
import org.harapan.model.Member;
import org.harapan.store.AuditEntry;
import org.harapan.store.BulkResult;
import org.harapan.store.ChildQuery;
import org.harapan.store.ChildSummary;
import org.harapan.store.DocumentInfo;
import org.harapan.store.DocumentResult;
import org.harapan.store.DocumentState;
import org.harapan.store.DocumentStore;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.HouseholdSummary;
import org.harapan.store.SaveResult;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every store must do, on H2 ({@link H2StoreTest}) and PostgreSQL ({@link PostgresStoreTest}). */
abstract class StoreContractTest {

	static final int HOUSEHOLDS = 120;

	final LocalDate today = LocalDate.now();
	final JdbcCaseStoreService service = new JdbcCaseStoreService(Clock.systemDefaultZone());
	final List<JdbcCaseStore> opened = new ArrayList<>();

	/** An empty store for this test. */
	abstract StoreLocation location();

	JdbcCaseStore open() {
		JdbcCaseStore store = service.openStore(location(), Fixtures.indexer(), new NullProgressMonitor());
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStores() {
		opened.forEach(JdbcCaseStore::close);
	}

	List<Household> fixtures(int count) {
		Fixtures f = new Fixtures(today);
		return IntStream.range(0, count).mapToObj(f::household).toList();
	}

	@Test
	void roundTripOfAFullHousehold() {
		JdbcCaseStore store = open();
		Household h = fixtures(4).get(3);
		Household expected = EcoreUtil.copy(h);
		SaveResult result = store.save(h, "ani", "created in a test"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new SaveResult.Saved(h.getKpmId(), 1), result);
		assertEquals(1, h.getVersion());
		Household loaded = store.load(h.getKpmId()).orElseThrow();
		assertEquals(1, loaded.getVersion());
		expected.setVersion(1);
		assertTrue(EcoreUtil.equals(expected, loaded), "loaded household equals the saved one"); //$NON-NLS-1$
		assertTrue(loaded.getAttendances().get(0).getMember() == loaded.getMembers().get(1),
				"references inside the tree are restored"); //$NON-NLS-1$
		assertTrue(store.load("KPM-NONE").isEmpty()); //$NON-NLS-1$
	}

	@Test
	void saveBumpsTheVersionAndWritesAuditRows() {
		JdbcCaseStore store = open();
		Household h = fixtures(2).get(1);
		store.save(h, "ani", null); //$NON-NLS-1$
		Household loaded = store.load(h.getKpmId()).orElseThrow();
		loaded.setAddress("Jl. Baru 1"); //$NON-NLS-1$
		assertEquals(new SaveResult.Saved(h.getKpmId(), 2), store.save(loaded, "budi", "moved house")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, loaded.getVersion());
		// saving without a change writes nothing
		assertEquals(new SaveResult.Saved(h.getKpmId(), 2), store.save(loaded, "budi", "nothing")); //$NON-NLS-1$ //$NON-NLS-2$
		List<AuditEntry> history = store.history(h.getKpmId());
		assertEquals(2, history.size(), history::toString);
		assertEquals("ani", history.get(0).user()); //$NON-NLS-1$
		assertEquals("created", history.get(0).change()); //$NON-NLS-1$
		assertEquals(1, history.get(0).version());
		assertEquals("budi", history.get(1).user()); //$NON-NLS-1$
		assertEquals("moved house", history.get(1).change()); //$NON-NLS-1$
		assertEquals(2, history.get(1).version());
		assertNotNull(history.get(1).at());
		assertEquals("Jl. Baru 1", store.load(h.getKpmId()).orElseThrow().getAddress()); //$NON-NLS-1$
	}

	@Test
	void secondSessionSavingAStaleVersionIsRefusedNamingTheFirstUser() {
		JdbcCaseStore first = open();
		first.save(fixtures(6).get(5), "importer", null); //$NON-NLS-1$
		JdbcCaseStore second = open();
		Household a = first.load(Fixtures.kpmId(5)).orElseThrow();
		Household b = second.load(Fixtures.kpmId(5)).orElseThrow();
		a.setAddress("edited by ani"); //$NON-NLS-1$
		b.setFacilitator("edited by budi"); //$NON-NLS-1$
		assertTrue(first.save(a, "ani", "address").isSaved()); //$NON-NLS-1$ //$NON-NLS-2$
		SaveResult refused = second.save(b, "budi", "facilitator"); //$NON-NLS-1$ //$NON-NLS-2$
		SaveResult.Conflict conflict = assertInstanceOf(SaveResult.Conflict.class, refused);
		assertEquals("ani", conflict.changedBy()); //$NON-NLS-1$
		assertEquals(1, conflict.expectedVersion());
		assertEquals(2, conflict.storedVersion());
		assertNotNull(conflict.changedAt());
		assertTrue(conflict.message().contains(Fixtures.kpmId(5)) && conflict.message().contains("ani"), //$NON-NLS-1$
				conflict.message());
		assertEquals("edited by ani", second.load(Fixtures.kpmId(5)).orElseThrow().getAddress(), //$NON-NLS-1$
				"nothing merged"); //$NON-NLS-1$
		// a new household created in both sessions: the second insert is refused too
		Household x = fixtures(8).get(7);
		Household y = EcoreUtil.copy(x);
		assertTrue(first.save(x, "ani", null).isSaved()); //$NON-NLS-1$
		assertEquals("ani", assertInstanceOf(SaveResult.Conflict.class, second.save(y, "budi", null)).changedBy()); //$NON-NLS-1$ //$NON-NLS-2$
		// after reloading, the second session saves
		Household reloaded = second.load(Fixtures.kpmId(5)).orElseThrow();
		reloaded.setFacilitator("edited by budi"); //$NON-NLS-1$
		assertEquals(new SaveResult.Saved(Fixtures.kpmId(5), 3), second.save(reloaded, "budi", "facilitator")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(3, first.history(Fixtures.kpmId(5)).size());
	}

	@Test
	void queriesByRegionFacilitatorStatusNikNoKkNameAndChildren() {
		JdbcCaseStore store = open();
		List<Household> households = fixtures(HOUSEHOLDS);
		List<Household> copies = households.stream().map(EcoreUtil::copy).toList();
		BulkResult result = store.saveAll(households.iterator(), "import", "test import", new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new BulkResult(HOUSEHOLDS, 0, 0, List.of()), result);
		Household probe = copies.get(42);
		String kecamatan = probe.kecamatanCode();
		assertQuery(store, HouseholdQuery.all().withDesa(probe.getDesaCode()), copies,
				h -> h.getDesaCode().equals(probe.getDesaCode()));
		assertQuery(store, HouseholdQuery.all().withKecamatan(kecamatan), copies,
				h -> h.kecamatanCode().equals(kecamatan));
		assertQuery(store, HouseholdQuery.all().withFacilitator(probe.getFacilitator()), copies,
				h -> h.getFacilitator().equals(probe.getFacilitator()));
		assertQuery(store, HouseholdQuery.all().withStatus(HouseholdStatus.SUSPENDED), copies,
				h -> h.getStatus() == HouseholdStatus.SUSPENDED);
		assertQuery(store, HouseholdQuery.all().withNik(probe.getMembers().get(1).getNik()), copies, h -> h == probe);
		assertQuery(store, HouseholdQuery.all().withNoKK(probe.getNoKK()), copies, h -> h == probe);
		String prefix = probe.head().getName().substring(0, 3).toLowerCase();
		assertQuery(store, HouseholdQuery.all().withNamePrefix(prefix), copies,
				h -> h.head().getName().toLowerCase().startsWith(prefix));
		assertQuery(store, HouseholdQuery.all().withKecamatan(kecamatan).withStatus(HouseholdStatus.ACTIVE), copies,
				h -> h.kecamatanCode().equals(kecamatan) && h.getStatus() == HouseholdStatus.ACTIVE);
		assertEquals(5, store.find(HouseholdQuery.all().withLimit(5)).size());
		HouseholdSummary summary = store.find(HouseholdQuery.all().withNoKK(probe.getNoKK())).get(0);
		assertEquals(new HouseholdSummary(probe.getKpmId(), probe.getNoKK(), probe.head().getName(),
				probe.getDesaCode(), probe.getFacilitator(), probe.getStatus(), probe.getMembers().size(), 1), summary);
		assertEquals(probe.getKpmId(), store.householdOfNik(probe.getMembers().get(0).getNik()).orElseThrow());

		List<ChildSummary> under5 = store.findChildren(ChildQuery.under5In(kecamatan, today));
		long expectedUnder5 = copies.stream().filter(h -> h.kecamatanCode().equals(kecamatan))
				.flatMap(h -> h.getMembers().stream()).filter(this::under5).count();
		assertEquals(expectedUnder5, under5.size(), under5::toString);
		List<ChildSummary> stunted = store.findChildren(ChildQuery.under5In(kecamatan, today).stunted());
		List<String> expectedStunted = IntStream.range(0, HOUSEHOLDS)
				.filter(n -> Fixtures.stunted(n) && copies.get(n).kecamatanCode().equals(kecamatan))
				.mapToObj(Fixtures::kpmId).toList();
		assertEquals(expectedStunted, stunted.stream().map(ChildSummary::kpmId).toList());
		for (ChildSummary child : stunted) {
			assertTrue(child.zlen() < -2, child::toString);
			assertTrue(child.stuntingCategory().endsWith("STUNTED"), child::toString); //$NON-NLS-1$
			assertNotNull(child.measuredOn());
		}
		long toddlersInKabupaten = IntStream.range(0, HOUSEHOLDS).filter(Fixtures::hasToddler).count();
		assertTrue(store.findChildren(ChildQuery.under5In("64.01", today)).stream() //$NON-NLS-1$
				.filter(c -> !Double.isNaN(c.zlen())).count() == toddlersInKabupaten);
		assertEquals(IntStream.range(0, HOUSEHOLDS).filter(Fixtures::stunted).count(),
				store.findChildren(ChildQuery.under5In("64", today).stunted()).size()); //$NON-NLS-1$

		var stats = store.statistics();
		assertEquals(HOUSEHOLDS, stats.households());
		assertEquals(copies.stream().mapToLong(h -> h.getMembers().size()).sum(), stats.members());
		assertEquals(copies.stream().filter(h -> h.kecamatanCode().equals(kecamatan)).count(),
				stats.byKecamatan().get(kecamatan));
		assertEquals(HOUSEHOLDS, store.info().households());
	}

	boolean under5(Member m) {
		return !m.getBirthDate().isAfter(today) && m.getBirthDate().plusYears(5).isAfter(today);
	}

	private static void assertQuery(JdbcCaseStore store, HouseholdQuery query, List<Household> all,
			Predicate<Household> expected) {
		List<String> ids = all.stream().filter(expected).map(Household::getKpmId).toList();
		assertTrue(!ids.isEmpty(), "the fixture has matches for " + query); //$NON-NLS-1$
		assertEquals(ids, store.find(query).stream().map(HouseholdSummary::kpmId).toList(), query::toString);
		assertEquals(ids.size(), store.count(query), query::toString);
	}

	@Test
	void digitSearchesFindTheSameThroughTheIndexesAndOnTheSearchKeys() {
		JdbcCaseStore store = open();
		List<Household> households = fixtures(40);
		store.saveAll(households.iterator(), "test", null, null); //$NON-NLS-1$
		Household h = households.get(17);
		for (String text : List.of("64", "640101", h.getNoKK().substring(0, 10), h.getMembers().get(1).getNik(), "7")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			HouseholdQuery q = HouseholdQuery.all().withText(text);
			store.setSearchCandidates(SearchText.MAX_CANDIDATES);
			List<HouseholdSummary> throughIndexes = store.find(q);
			store.setSearchCandidates(0);
			assertEquals(throughIndexes, store.find(q), text);
			assertEquals(throughIndexes.size(), store.count(q, 1000), text);
		}
		assertEquals(List.of(h.getKpmId()), store.find(HouseholdQuery.all().withText(h.getMembers().get(1).getNik()))
				.stream().map(HouseholdSummary::kpmId).toList());
	}

	@Test
	void reimportCountsUnchangedUpdatesChangedAndRejectsInvalidHouseholds() {
		JdbcCaseStore store = open();
		store.saveAll(fixtures(30).iterator(), "import", null, null); //$NON-NLS-1$
		List<Household> again = new ArrayList<>(fixtures(30));
		again.get(3).setAddress("changed"); //$NON-NLS-1$
		again.get(4).getMembers().get(0).setNik("12345"); //$NON-NLS-1$
		Household intruder = fixtures(32).get(31);
		intruder.getMembers().get(0).setNik(again.get(5).getMembers().get(0).getNik());
		again.add(intruder);
		again.add(fixtures(33).get(32));
		store.setBatchSize(7);
		BulkResult result = store.saveAll(again.iterator(), "import", "second import", null); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, result.inserted(), result::toString);
		assertEquals(1, result.updated(), result::toString);
		assertEquals(28, result.unchanged(), result::toString);
		assertEquals(2, result.rejected().size(), result::toString);
		List<String> messages = result.messages();
		assertTrue(messages.get(0).startsWith(Fixtures.kpmId(4)) && messages.get(0).contains("12345"), //$NON-NLS-1$
				result::toString);
		assertTrue(messages.get(1).startsWith(Fixtures.kpmId(31)) && messages.get(1).contains(Fixtures.kpmId(5)),
				result::toString);
		// the refusals carry diagnostics that point at the member and its NIK
		SaveResult.Invalid badNik = assertInstanceOf(SaveResult.Invalid.class, result.rejected().get(0));
		assertTrue(badNik.diagnostic().getChildren().stream().anyMatch(d -> d.getData().size() >= 2
				&& d.getData().get(0) instanceof Member m && "12345".equals(m.getNik()) //$NON-NLS-1$
				&& d.getData().get(1) == org.harapan.model.HarapanPackage.Literals.MEMBER__NIK), badNik::toString);
		SaveResult.Invalid taken = assertInstanceOf(SaveResult.Invalid.class, result.rejected().get(1));
		assertTrue(taken.diagnostic().getChildren().stream()
				.anyMatch(d -> d.getData().get(0) == intruder.getMembers().get(0)), taken::toString);
		assertEquals(2, store.load(Fixtures.kpmId(3)).orElseThrow().getVersion());
		assertEquals(1, store.load(Fixtures.kpmId(4)).orElseThrow().getVersion());
		assertTrue(store.load(Fixtures.kpmId(31)).isEmpty());
		assertEquals(2, store.history(Fixtures.kpmId(3)).size());
		assertEquals("second import", store.history(Fixtures.kpmId(3)).get(1).change()); //$NON-NLS-1$
	}

	@Test
	void anInvalidHouseholdIsRefusedWithMessagesNamingTheField() {
		JdbcCaseStore store = open();
		Household h = fixtures(3).get(2);
		h.setNoKK("123"); //$NON-NLS-1$
		SaveResult.Invalid invalid = assertInstanceOf(SaveResult.Invalid.class, store.save(h, "ani", null)); //$NON-NLS-1$
		assertTrue(invalid.problems().stream().anyMatch(p -> p.contains("No. KK") && p.contains("123")), //$NON-NLS-1$ //$NON-NLS-2$
				invalid::toString);
		assertTrue(invalid.diagnostic().getChildren().stream().anyMatch(d -> d.getData().get(0) == h
				&& d.getData().get(1) == org.harapan.model.HarapanPackage.Literals.HOUSEHOLD__NO_KK), invalid::toString);
		assertTrue(store.load(h.getKpmId()).isEmpty());
		// a NIK held by another household
		store.save(fixtures(1).get(0), "ani", null); //$NON-NLS-1$
		Household other = fixtures(3).get(2);
		other.getMembers().get(0).setNik(fixtures(1).get(0).getMembers().get(0).getNik());
		SaveResult.Invalid duplicate = assertInstanceOf(SaveResult.Invalid.class, store.save(other, "ani", null)); //$NON-NLS-1$
		assertTrue(duplicate.problems().stream().anyMatch(p -> p.contains(Fixtures.kpmId(0))), duplicate::toString);
	}

	@Test
	void forEachStreamsTheMatchingHouseholdsInIdOrderAcrossPages() {
		JdbcCaseStore store = open();
		List<Household> households = fixtures(HOUSEHOLDS);
		List<Household> copies = households.stream().map(EcoreUtil::copy).toList();
		store.saveAll(households.iterator(), "import", null, null); //$NON-NLS-1$
		store.setPageSize(7);
		List<Household> all = new ArrayList<>();
		store.forEach(HouseholdQuery.all(), all::add, new NullProgressMonitor());
		assertEquals(HOUSEHOLDS, all.size());
		for (int i = 0; i < HOUSEHOLDS; i++) {
			Household expected = EcoreUtil.copy(copies.get(i));
			expected.setVersion(1);
			assertTrue(EcoreUtil.equals(expected, all.get(i)), "household " + i); //$NON-NLS-1$
		}
		String kecamatan = copies.get(42).kecamatanCode();
		List<String> ids = new ArrayList<>();
		store.forEach(HouseholdQuery.all().withKecamatan(kecamatan), h -> ids.add(h.getKpmId()), null);
		assertEquals(copies.stream().filter(h -> h.kecamatanCode().equals(kecamatan)).map(Household::getKpmId).toList(),
				ids);
		List<String> limited = new ArrayList<>();
		store.forEach(HouseholdQuery.all().withLimit(10), h -> limited.add(h.getKpmId()), null);
		assertEquals(IntStream.range(0, 10).mapToObj(Fixtures::kpmId).toList(), limited);
		// the action may use the store while the stream reads ahead
		long[] versions = new long[1];
		store.forEach(HouseholdQuery.all().withLimit(20), h -> versions[0] += store.load(h.getKpmId()).orElseThrow().getVersion(), null);
		assertEquals(20, versions[0]);
		assertThrows(OperationCanceledException.class, () -> {
			NullProgressMonitor monitor = new NullProgressMonitor();
			store.forEach(HouseholdQuery.all(), h -> monitor.setCanceled(true), monitor);
		});
	}

	@Test
	void reindexRecomputesTheGrowthIndexWithTheIndexerOfTheStore() {
		JdbcCaseStore plain = service.openStore(location(), null);
		opened.add(plain);
		plain.saveAll(fixtures(60).iterator(), "import", null, null); //$NON-NLS-1$
		ChildQuery stunted = ChildQuery.under5In("64.01", today).stunted(); //$NON-NLS-1$
		assertEquals(0, plain.findChildren(stunted).size(), "no scores without an indexer"); //$NON-NLS-1$
		assertTrue(plain.findChildren(ChildQuery.under5In("64.01", today)).stream() //$NON-NLS-1$
				.anyMatch(c -> c.measuredOn() != null), "the measurement date is indexed anyway"); //$NON-NLS-1$
		JdbcCaseStore scored = open();
		scored.setPageSize(13);
		assertEquals(60, scored.reindex(new NullProgressMonitor()));
		assertEquals(IntStream.range(0, 60).filter(Fixtures::stunted).mapToObj(Fixtures::kpmId).toList(),
				scored.findChildren(stunted).stream().map(ChildSummary::kpmId).toList());
		assertEquals(1, scored.load(Fixtures.kpmId(12)).orElseThrow().getVersion(), "versions untouched"); //$NON-NLS-1$
		assertEquals(1, scored.history(Fixtures.kpmId(12)).size(), "no audit rows"); //$NON-NLS-1$
	}

	@Test
	void schemaIsVersionedAndReopens() {
		try (JdbcCaseStore store = open()) {
			assertEquals(Migrations.CURRENT, store.info().schemaVersion());
			store.save(fixtures(1).get(0), "ani", null); //$NON-NLS-1$
		}
		JdbcCaseStore again = open();
		assertEquals(Migrations.CURRENT, again.info().schemaVersion());
		assertEquals(1, again.info().households());
	}

	@Test
	void documentVersionsAreStoredAndAPublishedOneIsReadOnly() {
		JdbcCaseStore store = open();
		DocumentStore documents = store.documents();
		DocumentInfo v1 = new DocumentInfo("curriculum", "p2k2", 1, null, null, "P2K2", "", null, null, null, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		byte[] first = "<first/>".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		byte[] second = "<second/>".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		assertTrue(documents.saveDraft(v1, first, "dewi", "new").isWritten()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(documents.saveDraft(v1, second, "dewi", "edited").isWritten(), "a draft is replaced"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		DocumentResult published = documents.publish("curriculum", "p2k2", 1, LocalDate.of(2027, 1, 1), second, "budi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(published.isWritten(), published::refusal);
		assertEquals(List.of(DocumentState.PUBLISHED, LocalDate.of(2027, 1, 1), "budi", "dewi"), //$NON-NLS-1$ //$NON-NLS-2$
				List.of(published.info().state(), published.info().effectiveFrom(), published.info().publishedBy(),
						published.info().savedBy()));
		assertFalse(documents.saveDraft(v1, first, "dewi", "again").isWritten(), "published is read-only"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(documents.publish("curriculum", "p2k2", 1, LocalDate.of(2028, 1, 1), first, "budi").isWritten()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(documents.publish("curriculum", "none", 1, LocalDate.of(2028, 1, 1), first, "budi").isWritten()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		DocumentInfo v2 = new DocumentInfo("curriculum", "p2k2", 2, null, null, "P2K2", "", null, null, null, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(documents.saveDraft(v2, first, "dewi", "copy").isWritten()); //$NON-NLS-1$ //$NON-NLS-2$
		store.close();
		DocumentStore reopened = open().documents();
		assertEquals(List.of(1, 2), reopened.versions("curriculum", "p2k2").stream().map(DocumentInfo::version).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		assertArrayEquals(second, reopened.load("curriculum", "p2k2", 1).orElseThrow().content()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, reopened.list("curriculum").size()); //$NON-NLS-1$
		assertTrue(reopened.list("programme").isEmpty()); //$NON-NLS-1$
		assertEquals(List.of("saved/1/dewi", "saved/1/dewi", "published/1/budi", "saved/2/dewi"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				reopened.history("curriculum", "p2k2").stream() //$NON-NLS-1$ //$NON-NLS-2$
						.map(a -> a.action() + "/" + a.version() + "/" + a.user()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
