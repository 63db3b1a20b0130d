package org.harapan.rules.pkh.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.pkh.PkhRuleSet;
import org.junit.jupiter.api.Test;

/** The national PKH programme document: dated versions with DOMAIN.md's figures, and it round-trips. */
class ProgrammeDocumentTest {

	static long index(ParameterVersion v, ComponentKind kind) {
		return v.getComponents().stream().filter(c -> c.getComponent() == kind).findFirst()
				.map(ComponentBenefit::getAnnualIndexRp).orElseThrow();
	}

	@Test
	void versionsAreDatedNotYearly() {
		Programme p = PkhRuleSet.load();
		assertEquals("pkh.national", p.getId());
		assertNull(ProgrammeDocuments.versionAt(p, LocalDate.of(2017, 12, 31)));
		ParameterVersion y2018 = ProgrammeDocuments.versionAt(p, LocalDate.of(2018, 12, 31));
		assertEquals(1_890_000L, y2018.getFixedPerFamilyRp());
		assertTrue(y2018.getComponents().isEmpty());
		ParameterVersion y2019 = ProgrammeDocuments.versionAt(p, LocalDate.of(2019, 6, 1));
		assertEquals(2_400_000L, index(y2019, ComponentKind.EARLY_CHILDHOOD));
		assertEquals(550_000L, y2019.getFixedPerFamilyRp());
		assertEquals(1, y2019.getFixedPaidInTahap());
		ParameterVersion march2020 = ProgrammeDocuments.versionAt(p, LocalDate.of(2020, 3, 31));
		assertEquals(2_400_000L, index(march2020, ComponentKind.PREGNANT));
		assertEquals(0L, march2020.getFixedPerFamilyRp());
		ParameterVersion april2020 = ProgrammeDocuments.versionAt(p, LocalDate.of(2020, 4, 1));
		assertEquals(3_000_000L, index(april2020, ComponentKind.PREGNANT));
		assertEquals(3_000_000L, index(april2020, ComponentKind.EARLY_CHILDHOOD));
		assertEquals(900_000L, index(april2020, ComponentKind.PRIMARY_SCHOOL));
		assertEquals(1_500_000L, index(april2020, ComponentKind.JUNIOR_SECONDARY_SCHOOL));
		assertEquals(2_000_000L, index(april2020, ComponentKind.SENIOR_SECONDARY_SCHOOL));
		assertEquals(2_400_000L, index(april2020, ComponentKind.SEVERE_DISABILITY));
		assertEquals(2_400_000L, index(april2020, ComponentKind.ELDERLY));
		assertEquals(4, april2020.getMaxComponents());
		assertEquals(4, april2020.getTahaps().size());
		assertEquals(85, april2020.getConditionalities().stream()
				.filter(c -> c.getConditionality().equals("schoolAttendance")).findFirst().orElseThrow()
				.getThresholdPercent());
		assertEquals(10, april2020.getSanction().getCutPercentPerMonth());
		assertTrue(april2020.getParameters().stream().anyMatch(x -> x.getKey().equals("p2k2.stuntingSessionWeight")
				&& x.isOverridable()));
	}

	@Test
	void roundTrip() throws IOException {
		Programme p = PkhRuleSet.load();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ProgrammeDocuments.save(EcoreUtil.copy(p), out);
		Programme back = ProgrammeDocuments.load(new ByteArrayInputStream(out.toByteArray()), "copy.programme");
		assertTrue(EcoreUtil.equals(p, back));
	}

	@Test
	void aBrokenDocumentIsReportedByName() {
		IOException e = assertThrows(IOException.class, () -> ProgrammeDocuments.load(
				new ByteArrayInputStream("<not a programme".getBytes(StandardCharsets.UTF_8)), "broken.programme"));
		assertTrue(e.getMessage().startsWith("broken.programme"), e.getMessage());
	}
}
