package org.harapan.curriculum.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.DocumentStatus;
import org.harapan.curriculum.MaterialKind;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.curriculum.validation.CurriculumValidation;
import org.harapan.curriculum.validation.CurriculumValidator;
import org.harapan.curriculum.versions.Curricula;
import org.junit.jupiter.api.Test;

/** The national P2K2 curriculum shipped in the bundle: the published structure, valid. */
class NationalCurriculumTest {

	/** The sessions as Kementerian Sosial publishes them (issue 11), by module. */
	static final List<List<String>> SESSIONS = List.of(
			List.of("Menjadi Orangtua yang Lebih Baik", "Memahami Perkembangan dan Perilaku Anak", //$NON-NLS-1$ //$NON-NLS-2$
					"Memahami Cara Anak Usia Dini Belajar", "Membantu Anak Sukses di Sekolah"), //$NON-NLS-1$ //$NON-NLS-2$
			List.of("Mengelola Keuangan Keluarga", "Cermat Meminjam dan Menabung", "Memulai Usaha"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List.of("Pentingnya Gizi dan Layanan Kesehatan Ibu Hamil", //$NON-NLS-1$
					"Pentingnya Gizi untuk Ibu Menyusui dan Balita", "Kesakitan pada Anak dan Kesehatan Lingkungan"), //$NON-NLS-1$ //$NON-NLS-2$
			List.of("Upaya Pencegahan Kekerasan dan Perlakuan Salah pada Anak", //$NON-NLS-1$
					"Pencegahan Penelantaran dan Eksploitasi Anak"), //$NON-NLS-1$
			List.of("Pelayanan bagi Penyandang Disabilitas Berat", "Pentingnya Kesejahteraan Lanjut Usia")); //$NON-NLS-1$ //$NON-NLS-2$
	static final List<String> MODULES = List.of("Pengasuhan dan Pendidikan Anak", //$NON-NLS-1$
			"Pengelolaan Keuangan dan Perencanaan Usaha", "Kesehatan dan Gizi", "Perlindungan Anak", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Kesejahteraan Sosial"); //$NON-NLS-1$

	@Test
	void theShippedCurriculumHasFiveModulesAndFourteenSessionsNumberedAcrossThem() throws IOException {
		Curriculum c = CurriculumDocuments.national();
		assertEquals(CurriculumDocuments.NATIONAL_ID, c.getId());
		assertEquals(DocumentStatus.PUBLISHED, c.getStatus());
		assertEquals(5, c.getModules().size());
		int number = 0;
		for (int m = 0; m < 5; m++) {
			Module module = c.getModules().get(m);
			assertEquals(m + 1, module.getNumber());
			assertEquals(MODULES.get(m), module.getTitle());
			assertEquals(SESSIONS.get(m).size(), module.getSessions().size(), module.getTitle());
			for (int s = 0; s < module.getSessions().size(); s++) {
				Session session = module.getSessions().get(s);
				assertEquals(++number, session.getNumber());
				assertEquals(SESSIONS.get(m).get(s), session.getTitle());
				assertTrue(session.getDurationMinutes() >= 90 && session.getDurationMinutes() <= 140,
						() -> session.getNumber() + " lasts " + session.getDurationMinutes()); //$NON-NLS-1$
				assertTrue(!session.getObjectives().isEmpty() && !session.getSteps().isEmpty()
						&& !session.getTitleEn().isBlank() && !session.getHomePractice().isBlank());
				assertTrue(session.getMaterials().stream().anyMatch(x -> x.getKind() == MaterialKind.FLIPCHART));
				assertEquals(2, session.getQuestions().size());
			}
		}
		assertEquals(14, number);
		assertEquals(14, Curricula.deliveryOrder(c).size());
		assertEquals(14, Curricula.month(c, Curricula.deliveryOrder(c).get(13)));
	}

	@Test
	void theStuntingModuleIsOptionalWithEightTopics() throws IOException {
		Curriculum c = CurriculumDocuments.national();
		assertEquals(1, c.getOptionalModules().size());
		Module stunting = c.getOptionalModules().get(0);
		assertEquals("STUNTING", stunting.getCode()); //$NON-NLS-1$
		assertEquals(8, stunting.getSessions().size());
		assertTrue(c.getModules().stream().noneMatch(m -> "STUNTING".equals(m.getCode()))); //$NON-NLS-1$
	}

	@Test
	void theShippedCurriculumValidatesWithoutErrorOrWarning() throws IOException {
		Diagnostic d = CurriculumValidation.validate(CurriculumDocuments.national());
		assertEquals(Diagnostic.OK, d.getSeverity(), () -> d.getChildren().toString());
	}

	@Test
	void validationNamesDuplicateNumbersSessionsWithoutObjectivesAndStepsNotAddingUp() throws IOException {
		Curriculum c = CurriculumDocuments.national();
		Session five = c.getModules().get(1).getSessions().get(0);
		Session six = c.getModules().get(1).getSessions().get(1);
		six.setNumber(5);
		five.getObjectives().clear();
		Session one = c.getModules().get(0).getSessions().get(0);
		one.getSteps().get(2).setDurationMinutes(one.getSteps().get(2).getDurationMinutes() + 7);
		c.getModules().get(4).setNumber(4);
		Diagnostic d = CurriculumValidation.validate(c);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		assertProblem(d, CurriculumValidator.SESSION_NUMBER_DUPLICATE, six, "session 5"); //$NON-NLS-1$
		assertProblem(d, CurriculumValidator.SESSION_WITHOUT_OBJECTIVES, five, "no learning objective"); //$NON-NLS-1$
		assertProblem(d, CurriculumValidator.STEPS_DO_NOT_ADD_UP, one, "127 minutes"); //$NON-NLS-1$
		assertProblem(d, CurriculumValidator.MODULE_NUMBER_DUPLICATE, c.getModules().get(4), "module number 4"); //$NON-NLS-1$
	}

	@Test
	void aChangedPublishedVersionIsAnError() throws IOException {
		Curriculum published = CurriculumDocuments.national();
		Curriculum edited = CurriculumDocuments.national();
		assertEquals(Diagnostic.OK, CurriculumValidation.validate(edited, published, null).getSeverity());
		edited.getModules().get(0).getSessions().get(0).setTitleEn("Better parents"); //$NON-NLS-1$
		assertProblem(CurriculumValidation.validate(edited, published, null), CurriculumValidator.PUBLISHED_CHANGED,
				edited, "read-only"); //$NON-NLS-1$
		assertTrue(Curricula.isReadOnly(published));
	}

	@Test
	void everyValidationMessageIsInBothLanguages() throws IOException {
		for (String pkg : List.of("validation", "versions")) { //$NON-NLS-1$ //$NON-NLS-2$
			Properties en = properties("org/harapan/curriculum/" + pkg + "/messages.properties"); //$NON-NLS-1$ //$NON-NLS-2$
			Properties id = properties("org/harapan/curriculum/" + pkg + "/messages_id.properties"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(en.keySet(), id.keySet(), pkg);
			assertTrue(en.size() > 5);
		}
	}

	private static Properties properties(String path) throws IOException {
		Properties p = new Properties();
		try (InputStream in = CurriculumDocuments.class.getClassLoader().getResourceAsStream(path)) {
			p.load(in);
		}
		return p;
	}

	static void assertProblem(Diagnostic d, int code, Object object, String text) {
		for (Diagnostic c : d.getChildren()) {
			if (c.getCode() == code && c.getData().get(0) == object) {
				assertTrue(c.getMessage().contains(text), c.getMessage());
				assertSame(object, c.getData().get(0));
				return;
			}
		}
		throw new AssertionError("no problem " + code + " on " + object + " in " + d.getChildren()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
