package org.harapan.ui.rules.regional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.harapan.casework.CaseworkService;
import org.harapan.rules.RuleSet;
import org.harapan.ui.Perspectives;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.TestHousehold;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing the Regional IT role opens its perspective: the installed rule sets (the four regional ones with their
 * region) and the findings they produced over the working region, a selected finding explained.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RegionalItPerspectiveTest {

	@TempDir
	Path dir;

	/** Back to the Case worker perspective; the Regional IT views are closed before the region is forgotten. */
	@AfterEach
	void backToCaseWorker() {
		Perspectives.show(Role.CASE_WORKER);
		IWorkbenchPage page = Workbench.page();
		page.closePerspective(page.getWorkbenchWindow().getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(Perspectives.REGIONAL_IT), false, false);
		WorkingRegion.clear();
	}

	@Test
	void listsTheRegionalRuleSetsAndTheirFindings() throws Exception {
		TestHousehold household = TestHousehold.create(Workbench.service(CaseworkService.class), dir);
		IWorkbenchPage page = chooseRegionalIt();
		RuleSetsView sets = (RuleSetsView) page.findView(RuleSetsView.ID);
		FindingsView findings = (FindingsView) page.findView(FindingsView.ID);
		Workbench.waitUntil(() -> sets.ruleSets().size() >= 5, "the installed rule sets", 30); //$NON-NLS-1$
		Map<String, String> regional = new TreeMap<>();
		for (RuleSet s : sets.ruleSets()) {
			if (!s.regionCode().isEmpty()) {
				regional.put(s.regionCode(), s.id());
			}
		}
		assertEquals(List.of("16.05", "18.07", "31.71", "64.01"), List.copyOf(regional.keySet()), regional.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String table = String.join("\n", sets.regionTexts()); //$NON-NLS-1$
		assertTrue(table.contains("64.01 Kabupaten Paser"), table); //$NON-NLS-1$

		findings.setStore(household.location());
		Workbench.waitUntil(() -> !findings.isBusy() && !findings.allRows().isEmpty(), "the findings", 90); //$NON-NLS-1$
		assertTrue(findings.allRows().stream().allMatch(r -> r.kpmId().equals(TestHousehold.KPM_ID)));
		assertTrue(findings.headerText().contains("64.01"), findings.headerText()); //$NON-NLS-1$
		FindingRow benefit = findings.rows().stream().filter(r -> r.kind() == org.harapan.rules.FindingKind.BENEFIT)
				.findFirst().orElseThrow();
		findings.table().select(findings.rows().indexOf(benefit));
		String explanation = findings.explanationText();
		assertTrue(explanation.startsWith(benefit.text()), explanation);
		assertTrue(explanation.contains(benefit.ruleId()) && explanation.contains(benefit.ruleSetVersion()),
				explanation);
		assertFalse(benefit.facts().isEmpty());
		assertTrue(explanation.contains(benefit.facts().get(0)), explanation);

		// selecting a rule set narrows the findings to it
		RuleSet national = sets.ruleSets().get(0);
		findings.selectionChanged(sets, new StructuredSelection(national));
		assertFalse(findings.rows().isEmpty());
		assertTrue(findings.rows().stream().allMatch(r -> r.ruleSetId().equals(national.id())));
	}

	@Test
	void findsWhatThePaserRulesDecidedOverTheDemoKabupaten() throws Exception {
		IWorkbenchPage page = chooseRegionalIt();
		RuleSetsView sets = (RuleSetsView) page.findView(RuleSetsView.ID);
		FindingsView findings = (FindingsView) page.findView(FindingsView.ID);
		findings.setStore(null); // the data folder's store: the demo kabupaten Paser made at start
		Workbench.waitUntil(() -> !findings.isBusy() && findings.allRows().size() > 1000,
				"the findings over the demo kabupaten", 600); //$NON-NLS-1$
		Workbench.waitUntil(() -> sets.ruleSets().size() >= 5, "the installed rule sets", 30); //$NON-NLS-1$
		RuleSet paser = sets.ruleSets().stream().filter(s -> s.regionCode().equals("64.01")).findFirst() //$NON-NLS-1$
				.orElseThrow();
		findings.selectionChanged(sets, new StructuredSelection(paser));
		assertFalse(findings.rows().isEmpty(), "findings of " + paser.id()); //$NON-NLS-1$
		assertTrue(findings.rows().stream().allMatch(r -> r.ruleSetId().equals(paser.id())));
		findings.table().select(0);
		assertTrue(findings.explanationText().contains(paser.id()), findings.explanationText());
		page.getWorkbenchWindow().getShell().setBounds(Display.getCurrent().getBounds());
		Workbench.screenshot("regionalit-" + Workbench.language()); //$NON-NLS-1$
	}

	/** Chooses Regional IT of Paser as role and working region: the workbench shows the Regional IT perspective. */
	private static IWorkbenchPage chooseRegionalIt() throws InterruptedException {
		new WorkingRegion(Role.REGIONAL_IT, "64.01", List.of()).store(); //$NON-NLS-1$
		IWorkbenchPage page = Workbench.page();
		Workbench.waitUntil(() -> Perspectives.REGIONAL_IT.equals(page.getPerspective().getId()),
				"the Regional IT perspective after choosing the role", 20); //$NON-NLS-1$
		return page;
	}

	@Test
	void everyMessageHasAnIndonesianText() throws Exception {
		assertEquals(load("messages.properties").keySet(), load("messages_id.properties").keySet()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Properties load(String name) throws Exception {
		Properties p = new Properties();
		try (InputStream in = FindingsView.class.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}
}
