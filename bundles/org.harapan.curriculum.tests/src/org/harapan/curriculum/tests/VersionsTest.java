package org.harapan.curriculum.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumFactory;
import org.harapan.curriculum.DocumentStatus;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.curriculum.validation.CurriculumValidation;
import org.harapan.curriculum.validation.CurriculumValidator;
import org.harapan.curriculum.versions.Curricula;
import org.harapan.curriculum.versions.CurriculumChange;
import org.harapan.curriculum.versions.CurriculumChange.Kind;
import org.harapan.curriculum.versions.CurriculumComparison;
import org.harapan.curriculum.versions.RegionalVariants;
import org.junit.jupiter.api.Test;

/** New versions as copies, comparison of versions, regional variants: in memory, without a store. */
class VersionsTest {

	private static final CurriculumFactory F = CurriculumFactory.eINSTANCE;

	@Test
	void aNewVersionIsADraftCopyAndComparesAgainstThePublishedOne() throws IOException {
		Curriculum published = CurriculumDocuments.national();
		Curriculum next = Curricula.newVersion(published);
		assertEquals(2, next.getVersion());
		assertEquals(DocumentStatus.DRAFT, next.getStatus());
		assertTrue(CurriculumComparison.compare(published, next).isEmpty(), "only the life cycle differs"); //$NON-NLS-1$
		Session five = next.getModules().get(1).getSessions().get(0);
		five.setTitleEn("Family money"); //$NON-NLS-1$
		five.getSteps().remove(3);
		Session extra = session(15, "Menabung Bersama", 90); //$NON-NLS-1$
		next.getModules().get(1).getSessions().add(extra);
		next.getModules().get(4).getSessions().remove(1);
		List<CurriculumChange> changes = CurriculumComparison.compare(published, next);
		assertTrue(changes.contains(new CurriculumChange(Kind.CHANGED, "session 5", "titleEn", //$NON-NLS-1$ //$NON-NLS-2$
				"Managing Family Finances", "Family money", published.getModules().get(1).getSessions().get(0), five)), //$NON-NLS-1$ //$NON-NLS-2$
				changes::toString);
		assertKinds(changes, Kind.REMOVED, "session 5, step 4", "session 14"); //$NON-NLS-1$ //$NON-NLS-2$
		assertKinds(changes, Kind.ADDED, "session 15"); //$NON-NLS-1$
		assertEquals(4, changes.size(), changes::toString);
	}

	@Test
	void aRegionalVariantAddsALocalSessionAndTheStuntingModuleWithoutChangingTheNationalVersion() throws IOException {
		Curriculum national = CurriculumDocuments.national();
		Curriculum untouched = EcoreUtil.copy(national);
		Curriculum variant = RegionalVariants.newVariant(national, "p2k2-lampungtimur", "18.07"); //$NON-NLS-1$ //$NON-NLS-2$
		variant.getIncludeOptional().add("STUNTING"); //$NON-NLS-1$
		Module health = F.createModule();
		health.setNumber(3);
		health.setExtendsNational(true);
		health.getSessions().add(session(23, "Gizi dari Pangan Lokal Lampung Timur", 120)); //$NON-NLS-1$
		variant.getModules().add(health);
		assertEquals(Diagnostic.OK, CurriculumValidation.validate(variant, null, national).getSeverity(),
				() -> CurriculumValidation.validate(variant, null, national).getChildren().toString());

		Curriculum resolved = RegionalVariants.resolve(variant, national);
		assertEquals(6, resolved.getModules().size(), "5 national modules and the stunting module"); //$NON-NLS-1$
		assertEquals(23, Curricula.deliveryOrder(resolved).size());
		assertEquals(4, resolved.getModules().get(2).getSessions().size(), "the local session is in module 3"); //$NON-NLS-1$
		assertEquals(Diagnostic.OK, CurriculumValidation.validate(resolved).getSeverity());
		assertTrue(EcoreUtil.equals(untouched, national), "the national version is unchanged"); //$NON-NLS-1$
		assertEquals(1, RegionalVariants.localSessions(variant).size());
	}

	@Test
	void aVariantSessionMayNotTakeANationalNumberNorIncludeAnUnknownModule() throws IOException {
		Curriculum national = CurriculumDocuments.national();
		Curriculum variant = RegionalVariants.newVariant(national, "p2k2-paser", "64.01"); //$NON-NLS-1$ //$NON-NLS-2$
		variant.getIncludeOptional().add("NUTRITION"); //$NON-NLS-1$
		Module local = F.createModule();
		local.setNumber(7);
		local.setTitle("Modul Paser"); //$NON-NLS-1$
		local.setTitleEn("Paser module"); //$NON-NLS-1$
		Session clash = session(9, "Sesi lokal", 100); //$NON-NLS-1$
		local.getSessions().add(clash);
		variant.getModules().add(local);
		Diagnostic d = CurriculumValidation.validate(variant, null, national);
		NationalCurriculumTest.assertProblem(d, CurriculumValidator.SESSION_NUMBER_IN_NATIONAL, clash, "9"); //$NON-NLS-1$
		NationalCurriculumTest.assertProblem(d, CurriculumValidator.OPTIONAL_UNKNOWN, variant, "NUTRITION"); //$NON-NLS-1$
	}

	@Test
	void publishingSetsTheDateAndMakesItReadOnly() throws IOException {
		Curriculum next = Curricula.newVersion(CurriculumDocuments.national());
		assertFalse(Curricula.isReadOnly(next));
		Curricula.publish(next, LocalDate.of(2027, 1, 1));
		assertTrue(Curricula.isReadOnly(next));
		assertEquals(LocalDate.of(2027, 1, 1), next.getEffectiveFrom());
	}

	/** A valid session: one objective, one step as long as the session. */
	static Session session(int number, String title, int minutes) {
		Session s = F.createSession();
		s.setNumber(number);
		s.setTitle(title);
		s.setTitleEn(title + " (en)"); //$NON-NLS-1$
		s.setDurationMinutes(minutes);
		var objective = F.createObjective();
		objective.setText("Peserta memahami topik."); //$NON-NLS-1$
		objective.setTextEn("Participants understand the topic."); //$NON-NLS-1$
		s.getObjectives().add(objective);
		var step = F.createStep();
		step.setNumber(1);
		step.setTitle("Diskusi"); //$NON-NLS-1$
		step.setTitleEn("Discussion"); //$NON-NLS-1$
		step.setDurationMinutes(minutes);
		s.getSteps().add(step);
		return s;
	}

	private static void assertKinds(List<CurriculumChange> changes, Kind kind, String... where) {
		for (String w : where) {
			assertTrue(changes.stream().anyMatch(c -> c.kind() == kind && c.where().equals(w)),
					() -> kind + " " + w + " in " + changes); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
