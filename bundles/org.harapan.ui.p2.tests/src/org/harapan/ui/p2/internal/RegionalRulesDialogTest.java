package org.harapan.ui.p2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.provisioning.RegionalFeatures;
import org.harapan.store.AuditEvent;
import org.harapan.store.AuditQuery;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help &gt; Install Regional Rules… in the running workbench: the dialog lists the regional features of the p2
 * repository the build published, with version and state, and refuses what is not a repository, saying why; an
 * install is made by the workbench's user and written to the audit trail of the workbench's store.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RegionalRulesDialogTest {

	/** The repository the build publishes (this fragment is built after the product, see the root pom). */
	private static final Path REPOSITORY = Path.of("../../releng/org.harapan.product/target/repository").toAbsolutePath() //$NON-NLS-1$
			.normalize();

	@TempDir
	Path dir;

	private RegionalRulesDialog dialog;

	@AfterEach
	void close() {
		if (dialog != null) {
			dialog.close();
		}
	}

	@Test
	void listsTheRegionalRulesOfTheBuiltRepository() throws Exception {
		assertTrue(Files.isDirectory(REPOSITORY), "the build published the p2 repository " + REPOSITORY); //$NON-NLS-1$
		open();
		dialog.read(REPOSITORY);
		Workbench.waitUntil(() -> !dialog.isBusy(), "the repository to be read", 60); //$NON-NLS-1$
		List<String> rows = Arrays.stream(dialog.offeredTable().getItems()).map(RegionalRulesDialogTest::row).toList();
		assertEquals(4, rows.size(), rows.toString());
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("Harapan regional rules: Kabupaten Paser (64.01) | 1.0.0.")), //$NON-NLS-1$
				rows.toString());
		assertTrue(rows.stream().allMatch(r -> r.endsWith("| " + Messages.State_Installable)), rows.toString()); //$NON-NLS-1$
		assertEquals(null, dialog.error());

		TableItem paser = Arrays.stream(dialog.offeredTable().getItems()).filter(i -> i.getText(0).contains("Paser")) //$NON-NLS-1$
				.findFirst().orElseThrow();
		dialog.offeredTable().setSelection(paser);
		paser.setChecked(true);
		dialog.offeredTable().notifyListeners(org.eclipse.swt.SWT.Selection, selection(paser));
		assertTrue(dialog.canInstall(), "a ticked feature that can be installed can be installed"); //$NON-NLS-1$
		settle();
		Workbench.screenshot("regional-rules-" + Workbench.language()); //$NON-NLS-1$
	}

	@Test
	void anInstallIsMadeAsTheWorkbenchsUserAndAuditedWithTheFeature() throws Exception {
		open();
		dialog.read(REPOSITORY);
		Workbench.waitUntil(() -> !dialog.isBusy(), "the repository to be read", 60); //$NON-NLS-1$
		TableItem paser = Arrays.stream(dialog.offeredTable().getItems()).filter(i -> i.getText(0).contains("Paser")) //$NON-NLS-1$
				.findFirst().orElseThrow();
		paser.setChecked(true);
		dialog.offeredTable().notifyListeners(org.eclipse.swt.SWT.Selection, selection(paser));
		dialog.pressInstall();
		Workbench.waitUntil(() -> !dialog.isBusy(), "the install to be resolved", 60); //$NON-NLS-1$
		// the test runtime is no installed product (no p2 profile): the install fails, and is audited as failed
		assertTrue(dialog.error() != null && dialog.error().contains("p2"), String.valueOf(dialog.error())); //$NON-NLS-1$
		try (Casework casework = Workbench.service(CaseworkService.class).openDefault(new NullProgressMonitor())) {
			List<AuditEvent> installs = casework.auditTrail(new AuditQuery(casework.user(), null, null, 10)).stream()
					.filter(e -> e.action().equals(AuditEvent.INSTALL)).toList();
			assertFalse(installs.isEmpty(), "audited"); //$NON-NLS-1$
			assertTrue(installs.getLast().detail().matches("org\\.harapan\\.feature\\.region\\.paser 1\\.0\\.0\\.\\S+ from file:\\S+: failed: .*"), //$NON-NLS-1$
					installs.getLast().detail());
		}
	}

	@Test
	void refusesWhatIsNotARepositoryAndSaysWhy() throws Exception {
		open();
		Path notARepository = Files.createDirectories(dir.resolve("rules")); //$NON-NLS-1$
		Files.writeString(notARepository.resolve("README.md"), "regional rules"); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.read(notARepository);
		Workbench.waitUntil(() -> !dialog.isBusy(), "the folder to be read", 60); //$NON-NLS-1$
		assertTrue(dialog.error() != null && dialog.error().contains(notARepository.toString()) && dialog.error().contains("p2"), //$NON-NLS-1$
				String.valueOf(dialog.error()));
		assertEquals(0, dialog.offeredTable().getItemCount());

		dialog.read(notARepository.resolve("README.md")); //$NON-NLS-1$
		Workbench.waitUntil(() -> !dialog.isBusy(), "the file to be read", 60); //$NON-NLS-1$
		assertTrue(String.valueOf(dialog.error()).contains(".zip"), String.valueOf(dialog.error())); //$NON-NLS-1$
		assertTrue(!dialog.canInstall());
		settle();
		Workbench.screenshot("regional-rules-refused-" + Workbench.language()); //$NON-NLS-1$
	}

	@Test
	void everyMessageHasAnIndonesianText() throws Exception {
		assertEquals(load("messages.properties").keySet(), load("messages_id.properties").keySet()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Lets the display paint what changed before a screenshot. */
	private static void settle() throws InterruptedException {
		long until = System.nanoTime() + 700_000_000L;
		Workbench.waitUntil(() -> System.nanoTime() > until, "the display to paint", 5); //$NON-NLS-1$
	}

	private void open() throws InterruptedException {
		RegionalFeatures features = Workbench.service(RegionalFeatures.class);
		dialog = new RegionalRulesDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), features);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Workbench.waitUntil(() -> dialog.getShell() != null && dialog.getShell().isVisible(), "the dialog", 10); //$NON-NLS-1$
	}

	private static org.eclipse.swt.widgets.Event selection(TableItem item) {
		org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
		e.item = item;
		e.display = Display.getCurrent();
		return e;
	}

	private static String row(TableItem item) {
		return item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Properties load(String name) throws Exception {
		Properties p = new Properties();
		try (InputStream in = RegionalRulesDialog.class.getResourceAsStream(name)) {
			p.load(in);
		}
		return p;
	}
}
