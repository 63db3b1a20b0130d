package org.harapan.ui.casework.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.model.ComplianceRecord;
import org.harapan.model.ComplianceStatus;
import org.harapan.model.Household;
import org.harapan.rules.Finding;
import org.harapan.rules.FindingKind;
import org.harapan.rules.RuleEngine;
import org.harapan.ui.casework.MonthlyWorkTest;
import org.harapan.ui.casework.P2k2Fixture;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.Test;

/** The monthly verification screen: a commitment marked not met shows the sanction the rules propose and is saved. */
class VerificationViewTest extends MonthlyWorkTest {

	@Test
	void notMetShowsTheProposedSanctionAndIsSaved() throws Exception {
		P2k2Fixture fixture = group();
		IWorkbenchPage page = Workbench.page();
		VerificationView view = (VerificationView) page.showView(VerificationView.ID);
		YearMonth month = YearMonth.now().minusMonths(1);
		view.setStore(fixture.location());
		view.setMonth(month);
		Workbench.waitUntil(() -> !view.isBusy() && view.verification() != null
				&& view.verification().month().equals(month), "the commitments of " + month, 90); //$NON-NLS-1$
		assertEquals(3, view.verification().households(), view.headerText());
		String kpm = fixture.kpmIds().get(0);
		VerificationRow row = view.verification().rowsOf(kpm).get(0);
		assertEquals(null, row.stored(), "nothing verified yet"); //$NON-NLS-1$
		String none = row.sanction();

		view.mark(row, ComplianceStatus.NOT_MET, "Buku KIA"); //$NON-NLS-1$
		Workbench.waitUntil(() -> !view.isBusy() && !row.sanction().equals(none), "the proposed sanction", 60); //$NON-NLS-1$
		String proposed = row.sanction();
		assertTrue(view.verification().rowsOf(kpm).stream().allMatch(r -> r.sanction().equals(proposed)));
		assertTrue(view.table().viewer().getTable().getItem(0).getText(6).equals(proposed),
				"the sanction column shows it"); //$NON-NLS-1$
		Workbench.screenshotMaximized(view, "verification-" + Workbench.language()); //$NON-NLS-1$

		view.save();
		Workbench.waitUntil(() -> !view.isBusy() && view.verification() != null
				&& view.verification().rowsOf(kpm).get(0).stored() == ComplianceStatus.NOT_MET, "saved and read again", //$NON-NLS-1$
				90);
		assertEquals(proposed, view.verification().rowsOf(kpm).get(0).sanction(), "read again from the file"); //$NON-NLS-1$
		assertFalse(view.verification().isDirty());

		Finding cut = storedSanction(casework, fixture, kpm, month);
		assertEquals("cut", cut.outcome()); //$NON-NLS-1$
		assertEquals(cut.text().in(Workbench.language()), proposed);
		assertNotEquals(none, proposed);
	}

	@Test
	void everyMessageHasAnIndonesianText() throws Exception {
		for (String pkg : new String[] { "verification", "p2k2", "imports" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(load(pkg, "messages.properties").keySet(), load(pkg, "messages_id.properties").keySet(), pkg); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The sanction of the month by the rules over the stored household, and the record saved for the member. */
	private static Finding storedSanction(CaseworkService casework, P2k2Fixture fixture, String kpm, YearMonth month)
			throws Exception {
		RuleEngine engine = Workbench.service(RuleEngine.class);
		try (Casework cw = casework.open(fixture.location(), new NullProgressMonitor())) {
			Household h = cw.load(kpm).orElseThrow();
			ComplianceRecord record = h.getComplianceRecords().stream().filter(r -> month.equals(r.getMonth()))
					.findFirst().orElseThrow();
			assertEquals(ComplianceStatus.NOT_MET, record.getStatus());
			assertEquals("Buku KIA", record.getEvidence()); //$NON-NLS-1$
			LocalDate after = month.plusMonths(1).atDay(1);
			return engine.evaluate(h, after, engine.periodOf(after), casework.growthScoring()).of(FindingKind.SANCTION)
					.stream().filter(f -> f.subject().equals("sanction:" + month)).findFirst().orElseThrow(); //$NON-NLS-1$
		}
	}

	private static Properties load(String pkg, String name) throws Exception {
		Properties p = new Properties();
		try (InputStream in = VerificationView.class.getResourceAsStream("/org/harapan/ui/casework/" + pkg + "/" + name)) { //$NON-NLS-1$ //$NON-NLS-2$
			p.load(in);
		}
		return p;
	}
}
