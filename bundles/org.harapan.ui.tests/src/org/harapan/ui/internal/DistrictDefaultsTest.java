package org.harapan.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.harapan.model.region.Region;
import org.harapan.ui.Role;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.WorkingRegionForm;
import org.harapan.ui.testing.ScreenshotOnFailure;
import org.harapan.ui.testing.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A district's workbench ({@code ./harapan package}): the defaults its {@code plugin_customization.ini} gives (they
 * arrive in the preferences' default scope) make the choice of working region offer the district's kabupaten only,
 * already chosen, with its desa and the roles offered; nothing is stored until the user chooses; the window title
 * names the district.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DistrictDefaultsTest {

	private final IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(WorkingRegion.NODE);
	private Shell shell;

	@BeforeEach
	void district() {
		WorkingRegion.clear();
		defaults.put(WorkingRegion.KABUPATEN, "64.01"); //$NON-NLS-1$
		defaults.put(WorkingRegion.ROLE, Role.CASE_WORKER.name());
		defaults.put(WorkingRegion.ROLES, "CASE_WORKER,DISTRICT_SUPERVISOR"); //$NON-NLS-1$
	}

	@AfterEach
	void restore() {
		defaults.remove(WorkingRegion.KABUPATEN);
		defaults.remove(WorkingRegion.ROLE);
		defaults.remove(WorkingRegion.ROLES);
		WorkingRegion.clear();
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void theChoiceOffersTheDistrictOnlyAndAsksForTheDesa() throws Exception {
		assertEquals("64.01", WorkingRegion.districtKabupaten().orElseThrow()); //$NON-NLS-1$
		assertEquals(List.of(Role.CASE_WORKER, Role.DISTRICT_SUPERVISOR), WorkingRegion.offeredRoles());
		assertFalse(WorkingRegion.chosen().orElseThrow().isComplete(), "a case worker still chooses the desa"); //$NON-NLS-1$
		assertTrue(HarapanWindowAdvisor.title().startsWith(HarapanWindowAdvisor.WINDOW_TITLE)
				&& HarapanWindowAdvisor.title().endsWith("Kabupaten Paser"), HarapanWindowAdvisor.title()); //$NON-NLS-1$

		shell = new Shell(Workbench.page().getWorkbenchWindow().getShell());
		shell.setLayout(new org.eclipse.swt.layout.FillLayout());
		WorkingRegionForm form = new WorkingRegionForm(shell);
		shell.setSize(600, 500);
		shell.open();
		assertEquals(1, form.kabupatenCombo().getItemCount());
		assertTrue(form.kabupatenCombo().getItem(0).startsWith("64.01") && !form.kabupatenCombo().isEnabled()); //$NON-NLS-1$
		assertEquals(2, form.roleCombo().getItemCount());
		assertEquals(Role.CASE_WORKER.label(), form.roleCombo().getText());
		TableItem[] desa = form.desaTable().getItems();
		assertTrue(desa.length > 100, "the desa of Paser: " + desa.length); //$NON-NLS-1$
		for (TableItem item : desa) {
			assertTrue(((Region) item.getData()).code().startsWith("64.01."), item.getText()); //$NON-NLS-1$
		}
		assertFalse(form.value().isComplete());
		desa[0].setChecked(true);
		Event tick = new Event();
		tick.item = desa[0];
		tick.detail = SWT.CHECK;
		form.desaTable().notifyListeners(SWT.Selection, tick);
		assertTrue(form.value().isComplete());
		assertEquals("64.01", form.value().kabupatenCode()); //$NON-NLS-1$
		Workbench.waitUntil(() -> true, "the form", 1); //$NON-NLS-1$
	}

	@Test
	void aSupervisorOfTheDistrictIsAskedNothing() {
		defaults.put(WorkingRegion.ROLE, Role.DISTRICT_SUPERVISOR.name());
		WorkingRegion region = WorkingRegion.chosen().orElseThrow();
		assertTrue(region.isComplete(), region.toString());
		assertEquals(Role.DISTRICT_SUPERVISOR, region.role());
	}
}
