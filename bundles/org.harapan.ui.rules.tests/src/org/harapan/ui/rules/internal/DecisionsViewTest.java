package org.harapan.ui.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.model.Household;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.RuleEngine;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.TestHousehold;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The decisions view in the running workbench: findings with explanations and "why not?" for aid not given. */
@ExtendWith(ScreenshotOnFailure.class)
class DecisionsViewTest {

	@TempDir
	Path dir;

	@Test
	void explainsTheBenefitAndWhyAnAidIsNotGiven() throws Exception {
		CaseworkService casework = Workbench.service(CaseworkService.class);
		TestHousehold household = TestHousehold.create(casework, dir);
		DecisionsView view = household.showIn(DecisionsView.ID);
		Workbench.waitUntil(() -> !view.isBusy() && !view.groups().isEmpty(), "the decisions", 60); //$NON-NLS-1$

		Finding benefit = expectedBenefit(casework, household);
		assertTrue(benefit.amountRp() != null && benefit.amountRp() > 0, "the household is paid: " + benefit); //$NON-NLS-1$
		String language = Workbench.language();
		DecisionNode row = view.rows().stream().filter(r -> r.text().equals(benefit.text().in(language))).findFirst()
				.orElseThrow(() -> new AssertionError("benefit row " + benefit.text().in(language) + " in " //$NON-NLS-1$ //$NON-NLS-2$
						+ view.rows()));
		assertEquals(DecisionTree.rupiah(benefit.amountRp()), row.amount());
		assertTrue(row.source().startsWith(benefit.ruleSetId()), row.source());
		assertTrue(row.children().stream().anyMatch(c -> c.text().contains(benefit.explanation().ruleId())),
				"the rule: " + row.children()); //$NON-NLS-1$
		assertTrue(view.groups().get(0).text().startsWith(language.equals("id") ? "Bantuan sosial" : "Benefit"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				view.groups().get(0).text());

		DecisionNode whyNot = view.groups().get(view.groups().size() - 1);
		assertFalse(whyNot.children().isEmpty(), "a why-not entry: " + view.rows()); //$NON-NLS-1$
		DecisionNode pmt = whyNot.children().get(0);
		assertTrue(pmt.text().contains("PMT lokal"), pmt.text()); //$NON-NLS-1$
		assertTrue(pmt.children().get(0).text().contains("Child 6-59 months"), "condition not met: " + pmt.children()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(view.headerText().contains(TestHousehold.KPM_ID), view.headerText());

		Workbench.screenshotMaximized(view, "decisions-" + language); //$NON-NLS-1$
	}

	@Test
	void everyMessageHasAnIndonesianText() throws Exception {
		assertEquals(load("messages.properties").keySet(), load("messages_id.properties").keySet()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Finding expectedBenefit(CaseworkService casework, TestHousehold household) throws Exception {
		RuleEngine engine = Workbench.service(RuleEngine.class);
		try (Casework cw = casework.open(household.location(), new NullProgressMonitor())) {
			Household h = cw.load(household.kpmId()).orElseThrow();
			List<Finding> benefits = engine.evaluate(h, engine.periodOf(LocalDate.now()), casework.growthScoring())
					.of(FindingKind.BENEFIT);
			assertEquals(1, benefits.size(), benefits.toString());
			return benefits.get(0);
		}
	}

	private static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}
}
