package org.harapan.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.harapan.model.region.Region;
import org.harapan.model.region.RegionDirectory;
import org.harapan.model.region.RegionLevel;

/**
 * The choice of role and working region (kabupaten/kota, and for a case worker the desa assigned to them), as the
 * first start and the preference page show it. A district's workbench ({@link WorkingRegion#districtKabupaten()})
 * offers its kabupaten only, already chosen, and the roles it offers, the default one chosen.
 */
public class WorkingRegionForm {

	private final Composite control;
	private final Combo role;
	private final Combo kabupaten;
	private final Label desaLabel;
	private final Table desa;
	private final List<Region> kabupatens = kabupatens();
	private final List<Role> roles = WorkingRegion.offeredRoles();
	private final List<Runnable> listeners = new ArrayList<>();

	public WorkingRegionForm(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		new Label(control, SWT.NONE).setText(Messages.Region_Role);
		role = new Combo(control, SWT.READ_ONLY);
		for (Role r : roles) {
			role.add(r.label());
		}
		role.select(Math.max(0, roles.indexOf(defaultRole())));
		new Label(control, SWT.NONE).setText(Messages.Region_Kabupaten);
		kabupaten = new Combo(control, SWT.READ_ONLY);
		for (Region k : kabupatens) {
			kabupaten.add(k.code() + "  " + k.name()); //$NON-NLS-1$
		}
		kabupaten.setVisibleItemCount(20);
		desaLabel = new Label(control, SWT.WRAP);
		desaLabel.setText(Messages.Region_Desa + "\n" + Messages.Region_DesaHint); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).hint(400, SWT.DEFAULT).applyTo(desaLabel);
		desa = new Table(control, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(400, 240).applyTo(desa);
		role.addListener(SWT.Selection, e -> {
			updateDesaEnablement();
			changed();
		});
		kabupaten.addListener(SWT.Selection, e -> {
			fillDesa(List.of());
			changed();
		});
		desa.addListener(SWT.Selection, e -> changed());
		WorkingRegion.districtKabupaten().ifPresent(k -> {
			selectKabupaten(k);
			kabupaten.setEnabled(kabupatens.size() > 1);
		});
		updateDesaEnablement();
	}

	/** Every kabupaten/kota, or only the district's on a district's workbench. */
	private static List<Region> kabupatens() {
		RegionDirectory directory = RegionDirectory.get();
		return WorkingRegion.districtKabupaten().flatMap(directory::find).map(List::of)
				.orElseGet(() -> directory.all(RegionLevel.KABUPATEN_KOTA));
	}

	private static Role defaultRole() {
		try {
			return Role.valueOf(WorkingRegion.preferences().getString(WorkingRegion.ROLE));
		} catch (IllegalArgumentException e) {
			return Role.CASE_WORKER;
		}
	}

	/** The roles the role choice offers, in its order. */
	public List<Role> roles() {
		return roles;
	}

	public Composite control() {
		return control;
	}

	public Combo roleCombo() {
		return role;
	}

	public Combo kabupatenCombo() {
		return kabupaten;
	}

	public Table desaTable() {
		return desa;
	}

	/** Called whenever the user changes something. */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	/** Shows a choice (or preselects a kabupaten, with no desa ticked). */
	public void setValue(Role r, String kabupatenCode, List<String> desaCodes) {
		role.select(Math.max(0, roles.indexOf(r)));
		selectKabupaten(kabupatenCode);
		fillDesa(desaCodes);
		updateDesaEnablement();
	}

	/** Selects a kabupaten/kota by code and lists its desa. */
	public void selectKabupaten(String code) {
		for (int i = 0; i < kabupatens.size(); i++) {
			if (kabupatens.get(i).code().equals(code)) {
				kabupaten.select(i);
			}
		}
		fillDesa(List.of());
	}

	/** Ticks the desa with these codes. */
	public void tickDesa(List<String> codes) {
		for (TableItem item : desa.getItems()) {
			if (codes.contains(((Region) item.getData()).code())) {
				item.setChecked(true);
			}
		}
		changed();
	}

	/** What the form shows now (possibly incomplete, see {@link WorkingRegion#isComplete()}). */
	public WorkingRegion value() {
		Role r = roles.get(Math.max(0, role.getSelectionIndex()));
		int k = kabupaten.getSelectionIndex();
		List<String> ticked = new ArrayList<>();
		for (TableItem item : desa.getItems()) {
			if (item.getChecked()) {
				ticked.add(((Region) item.getData()).code());
			}
		}
		return new WorkingRegion(r, k < 0 ? null : kabupatens.get(k).code(), r == Role.CASE_WORKER ? ticked : List.of());
	}

	private void fillDesa(List<String> ticked) {
		desa.removeAll();
		int k = kabupaten.getSelectionIndex();
		if (k < 0) {
			return;
		}
		RegionDirectory regions = RegionDirectory.get();
		for (Region d : regions.desaUnder(kabupatens.get(k).code())) {
			TableItem item = new TableItem(desa, SWT.NONE);
			item.setData(d);
			item.setText(d.name() + " (" + regions.name(d.parentCode()) + ")  " + d.code()); //$NON-NLS-1$ //$NON-NLS-2$
			item.setChecked(ticked.contains(d.code()));
		}
	}

	private void updateDesaEnablement() {
		boolean caseWorker = roles.get(Math.max(0, role.getSelectionIndex())) == Role.CASE_WORKER;
		desa.setEnabled(caseWorker);
		desaLabel.setEnabled(caseWorker);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
