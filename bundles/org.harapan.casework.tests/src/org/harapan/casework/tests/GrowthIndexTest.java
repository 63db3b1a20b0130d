package org.harapan.casework.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.GrowthScoring;
import org.harapan.growth.GrowthAssessor;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.rules.GrowthPoint;
import org.harapan.store.CaseStore;
import org.harapan.store.CaseStoreService;
import org.harapan.store.ChildGrowth;
import org.harapan.store.ChildQuery;
import org.harapan.store.ChildSummary;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The growth index the store keeps is computed by casework through the growth services. */
class GrowthIndexTest {

	@TempDir
	Path dir;

	private final LocalDate today = LocalDate.now();
	private CaseworkService caseworks;

	@BeforeEach
	void services() throws Exception {
		caseworks = Services.get(CaseworkService.class);
		Services.get(GrowthAssessor.class);
	}

	private StoreLocation location() {
		return StoreLocation.embedded(dir.resolve("store")); //$NON-NLS-1$
	}

	private static List<String> stuntedIds(Casework casework, LocalDate asOf) {
		return casework.findChildren(ChildQuery.under5In(Households.KECAMATAN, asOf).stunted()).stream()
				.map(ChildSummary::kpmId).toList();
	}

	@Test
	void aStuntedChildSavedThroughCaseworkIsFoundByTheChildQuery() {
		try (Casework casework = caseworks.open(location(), null)) {
			casework.save(Households.with(1, today, 65), "stunted"); //$NON-NLS-1$
			casework.save(Households.with(2, today, 77), "normal"); //$NON-NLS-1$
			casework.saveAll(List.of(Households.with(3, today, 64)).iterator(), "import", null); //$NON-NLS-1$
			assertEquals(List.of("KPM-T-0001", "KPM-T-0003"), stuntedIds(casework, today)); //$NON-NLS-1$ //$NON-NLS-2$
			ChildSummary child = casework.findChildren(ChildQuery.under5In(Households.DESA, today).stunted()).get(0);
			assertTrue(child.zlen() < -3, child::toString);
			assertEquals("SEVERELY_STUNTED", child.stuntingCategory()); //$NON-NLS-1$
			assertEquals(today.minusDays(10), child.measuredOn());
			// a new, normal measurement through casework takes the child out of the stunted list
			casework.change("KPM-T-0001", "posyandu", h -> { //$NON-NLS-1$ //$NON-NLS-2$
				var ms = org.eclipse.emf.ecore.util.EcoreUtil.copy(h.getMembers().get(1).getMeasurements().get(0));
				ms.setDate(today.minusDays(1));
				ms.setHeightCm(77);
				h.getMembers().get(1).getMeasurements().add(ms);
			});
			assertEquals(List.of("KPM-T-0003"), stuntedIds(casework, today)); //$NON-NLS-1$
			// as of a date when the children were not born yet: none
			assertEquals(List.of(), stuntedIds(casework, today.minusYears(2)));
		}
	}

	@Test
	void reindexComputesTheIndexOfHouseholdsStoredWithoutIt() throws Exception {
		CaseStoreService stores = Services.get(CaseStoreService.class);
		try (CaseStore plain = stores.open(location(), null)) {
			plain.saveAll(List.of(Households.with(1, today, 65), Households.with(2, today, 77)).iterator(), "old", //$NON-NLS-1$
					null, null);
		}
		try (Casework casework = caseworks.open(location(), null)) {
			assertEquals(List.of(), stuntedIds(casework, today), "stored without scores"); //$NON-NLS-1$
			casework.reindex(null);
			assertEquals(List.of("KPM-T-0001"), stuntedIds(casework, today)); //$NON-NLS-1$
			assertEquals(1, casework.load("KPM-T-0001").orElseThrow().getVersion()); //$NON-NLS-1$
		}
	}

	@Test
	void growthScoringServesTheRulesAndTheIndexWithTheSameScores() throws Exception {
		GrowthScoring scoring = caseworks.growthScoring();
		Household h = Households.with(1, today, 65);
		Member child = h.getMembers().get(1);
		GrowthPoint point = scoring.score(child, child.getMeasurements().get(0));
		ChildGrowth index = scoring.index(child);
		assertTrue(point.stunted(), point::toString);
		assertEquals(point.zlen(), index.zlen());
		assertEquals(point.zwfl(), index.zwfl());
		assertEquals(400 - 10 + 1, point.ageDays());
		// implausible (WHO flag) or not computed: NaN
		child.getMeasurements().get(0).setHeightCm(40);
		GrowthPoint flagged = scoring.score(child, child.getMeasurements().get(0));
		assertTrue(Double.isNaN(flagged.zlen()), flagged::toString);
		assertNotNull(scoring.index(child).measuredOn());
		GrowthPoint unscored = GrowthScoring.of(null).score(child, child.getMeasurements().get(0));
		assertTrue(Double.isNaN(unscored.zlen()) && Double.isNaN(unscored.zwei()));
	}
}
