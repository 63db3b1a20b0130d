package org.harapan.ui.household.internal;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.region.RegionDirectory;
import org.harapan.ui.household.HouseholdEditorInput;

/** The household file (read-only overview for now): the household's data and members, loaded through casework. */
public class HouseholdEditor extends EditorPart {

	private Composite body;
	private Label title;
	private Label details;
	private Table members;
	private Household household;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof HouseholdEditorInput)) {
			throw new PartInitException("Not a household: " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	String kpmId() {
		return ((HouseholdEditorInput) getEditorInput()).kpmId();
	}

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(6, 8).applyTo(body);
		title = new Label(body, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(kpmId());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		details = new Label(body, SWT.WRAP);
		details.setText(Messages.Editor_Loading);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(details);
		members = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
		members.setHeaderVisible(true);
		members.setLinesVisible(true);
		for (String column : new String[] { Messages.Editor_Name, Messages.Editor_Nik, Messages.Editor_Sex,
				Messages.Editor_BirthDate, Messages.Editor_Relation, Messages.Editor_Notes }) {
			TableColumn c = new TableColumn(members, SWT.NONE);
			c.setText(column);
			c.setWidth(140);
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(members);
		load(parent.getDisplay());
	}

	private void load(Display display) {
		Job.create(NLS.bind(Messages.Editor_JobName, kpmId()), (IProgressMonitor monitor) -> {
			try {
				Optional<Household> loaded = CaseworkSession.get(monitor).load(kpmId());
				display.asyncExec(() -> show(loaded.orElse(null)));
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
		}).schedule();
	}

	private void show(Household h) {
		if (body.isDisposed()) {
			return;
		}
		household = h;
		if (h == null) {
			details.setText(NLS.bind(Messages.Editor_NotFound, kpmId()));
			return;
		}
		Member head = h.head();
		title.setText(kpmId() + (head == null ? "" : "  " + head.getName())); //$NON-NLS-1$ //$NON-NLS-2$
		RegionDirectory regions = RegionDirectory.get();
		String desa = h.getDesaCode() == null ? "" : regions.name(h.getDesaCode()) + ", " //$NON-NLS-1$ //$NON-NLS-2$
				+ regions.name(h.kecamatanCode());
		details.setText(NLS.bind(Messages.Editor_Details,
				new Object[] { nz(h.getNoKK()), nz(h.getAddress()), desa, nz(h.getFacilitator()),
						HouseholdTable.StatusLabels.of(h.getStatus()), h.getJoinedDate() == null ? "" : h.getJoinedDate(), //$NON-NLS-1$
						h.getWelfareDecile() == 0 ? "-" : Integer.toString(h.getWelfareDecile()) }) //$NON-NLS-1$
				+ "\n" + NLS.bind(Messages.Editor_Records, new Object[] { h.getAttendances().size(), //$NON-NLS-1$
						h.getComplianceRecords().size(), h.getReferrals().size(), h.getDisbursements().size(),
						h.getEvents().size() }));
		for (Member m : h.getMembers()) {
			TableItem item = new TableItem(members, SWT.NONE);
			item.setText(new String[] { nz(m.getName()), nz(m.getNik()), m.getSex() == null ? "" : m.getSex().getLiteral(), //$NON-NLS-1$
					m.getBirthDate() == null ? "" : m.getBirthDate().toString(), //$NON-NLS-1$
					m.getRelationToHead() == null ? "" : m.getRelationToHead().getLiteral(), notes(m) }); //$NON-NLS-1$
		}
		body.layout(true, true);
	}

	private static String notes(Member m) {
		StringBuilder notes = new StringBuilder();
		if (m.isPregnant()) {
			notes.append(Messages.Filter_Pregnant);
		}
		if (!m.getMeasurements().isEmpty()) {
			notes.append(notes.isEmpty() ? "" : "; ").append(NLS.bind(Messages.Editor_Measurements, m.getMeasurements().size())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return notes.toString();
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	/** The household shown, once loaded (for the tests). */
	Household household() {
		return household;
	}

	@Override
	public void setFocus() {
		members.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
