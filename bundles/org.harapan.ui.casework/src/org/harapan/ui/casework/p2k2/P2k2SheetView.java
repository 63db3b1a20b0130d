package org.harapan.ui.casework.p2k2;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.part.ViewPart;
import org.harapan.casework.Casework;
import org.harapan.casework.p2k2.P2k2Group;
import org.harapan.model.AttendanceStatus;
import org.harapan.store.StoreLocation;
import org.harapan.ui.UiJobs;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.cases.Caseworks;
import org.harapan.ui.cases.RegionFollower;
import org.harapan.ui.casework.edit.HouseholdChanges;
import org.harapan.ui.cases.UiLanguage;

/**
 * The P2K2 session sheet: the case worker picks a group of the working region, the session of the curriculum and
 * its date, sees the session's material, marks each KPM present, absent or excused (with the reason) and saves;
 * every household is changed through casework, refused ones (changed by someone else meanwhile) are reported.
 */
public class P2k2SheetView extends ViewPart {

	public static final String ID = "org.harapan.ui.casework.p2k2Sheet"; //$NON-NLS-1$

	private SessionMaterial sessions = SessionMaterial.of(null);
	private Combo group;
	private Spinner session;
	private Label material;
	private Label details;
	private DateTime date;
	private Label header;
	private SheetTable table;
	private Button save;
	private List<P2k2Group> groups = List.of();
	private SessionSheet sheet;
	private StoreLocation store;
	private Job job;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Composite choice = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(choice);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choice);
		new Label(choice, SWT.NONE).setText(Messages.Choice_Group);
		group = new Combo(choice, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(group);
		new Label(choice, SWT.NONE).setText(Messages.Choice_Session);
		session = new Spinner(choice, SWT.BORDER);
		session.setValues(1, 1, sessions.sessions(), 0, 1, 1);
		new Label(choice, SWT.NONE).setText(Messages.Choice_Date);
		date = new DateTime(choice, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		material = new Label(parent, SWT.WRAP);
		material.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(material);
		details = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(details);
		header = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(header);
		table = new SheetTable(parent, this::edited);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(table.viewer().getControl());
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		Button allPresent = new Button(buttons, SWT.PUSH);
		allPresent.setText(Messages.Button_AllPresent);
		allPresent.addListener(SWT.Selection, e -> markAll(AttendanceStatus.PRESENT));
		save = new Button(buttons, SWT.PUSH);
		save.setText(Messages.Button_Save);
		save.addListener(SWT.Selection, e -> save());
		save.setEnabled(false);
		group.addListener(SWT.Selection, e -> groupChosen());
		session.addListener(SWT.Modify, e -> loadSheet());
		date.addListener(SWT.Selection, e -> loadSheet());
		RegionFollower.follow(header, this::loadGroups);
		loadGroups();
	}

	/** Reads from {@code location} instead of the data folder's store (tests, a copy). */
	public void setStore(StoreLocation location) {
		store = location;
		loadGroups();
	}

	private void loadGroups() {
		if (header.isDisposed()) {
			return;
		}
		cancel();
		header.setText(Messages.Sheet_ReadingGroups);
		WorkingRegion region = WorkingRegion.chosen().orElse(null);
		StoreLocation location = store;
		job = UiJobs.schedule(Messages.Sheet_ReadingGroups, header, m -> GroupChoice.choices(location, region, m),
				this::showGroups, header::setText);
	}

	private void showGroups(GroupChoice.Choices choices) {
		List<P2k2Group> found = choices.groups();
		groups = found;
		sessions = choices.material();
		session.setMaximum(sessions.sessions());
		group.removeAll();
		found.forEach(g -> group.add(GroupChoice.label(g)));
		header.setText(found.isEmpty() ? Messages.Sheet_NoGroups : NLS.bind(Messages.Sheet_ChooseGroup, found.size()));
		if (!found.isEmpty()) {
			group.select(0);
			groupChosen();
		}
	}

	private void groupChosen() {
		P2k2Group g = selectedGroup();
		if (g != null) {
			session.setSelection(GroupChoice.nextSession(g, sessions.sessions())); // fires loadSheet when it changes
			loadSheet();
		}
	}

	private P2k2Group selectedGroup() {
		int i = group.getSelectionIndex();
		return i < 0 || i >= groups.size() ? null : groups.get(i);
	}

	/** Chooses group {@code groupId}, session {@code number} held on {@code day} and reads its sheet. */
	public void choose(String groupId, int number, LocalDate day) {
		for (int i = 0; i < groups.size(); i++) {
			if (groups.get(i).id().equals(groupId)) {
				group.select(i);
			}
		}
		date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		session.setSelection(number);
		loadSheet();
	}

	private LocalDate chosenDate() {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	private void loadSheet() {
		loadSheet(null);
	}

	/** Reads the sheet of the chosen session; {@code note} (a save's result) is shown below its header. */
	private void loadSheet(String note) {
		P2k2Group g = selectedGroup();
		if (g == null) {
			return;
		}
		SessionSheet.Key key = new SessionSheet.Key(g.id(), session.getSelection(), chosenDate());
		material.setText(sessions.title(key.session()));
		details.setText(sessions.details(key.session()));
		material.getParent().layout(true);
		cancel();
		StoreLocation location = store;
		job = UiJobs.schedule(Messages.Sheet_Reading, header, m -> GroupChoice.sheet(location, g, key, m),
				loaded -> showSheet(loaded, note), header::setText);
	}

	private void showSheet(SessionSheet loaded, String note) {
		sheet = loaded;
		table.setRows(loaded.rows());
		SessionSheet.Key key = loaded.key();
		header.setText(NLS.bind(loaded.isRecorded() ? Messages.Sheet_Recorded : Messages.Sheet_New,
				new Object[] { key.groupId(), key.session(), UiLanguage.date(key.date()), loaded.rows().size() })
				+ (note == null ? "" : "\n" + note)); //$NON-NLS-1$ //$NON-NLS-2$
		header.getParent().layout(true);
		edited();
	}

	private void edited() {
		save.setEnabled(sheet != null && (sheet.isDirty() || !sheet.isRecorded()));
	}

	private void markAll(AttendanceStatus status) {
		if (sheet != null) {
			sheet.rows().forEach(r -> r.setStatus(status));
			table.refresh();
			edited();
		}
	}

	/** Saves the sheet through casework in a job (an excused absence without a reason is asked for first). */
	public void save() {
		if (sheet == null) {
			return;
		}
		List<String> problems = sheet.problems();
		if (!problems.isEmpty()) {
			header.setText(String.join("\n", problems)); //$NON-NLS-1$
			header.getParent().layout(true);
			return;
		}
		SessionSheet saving = sheet;
		StoreLocation location = store;
		save.setEnabled(false);
		job = UiJobs.schedule(Messages.Sheet_Saving, header, m -> {
			try (Casework cw = Caseworks.open(location, m)) {
				return saving.save(cw, m);
			}
		}, this::saved, header::setText);
	}

	private void saved(HouseholdChanges.Report report) {
		SessionSheet.Key key = sheet.key();
		String text = NLS.bind(Messages.Sheet_Saved, new Object[] { key.groupId(), key.session(), report.saved(),
				report.unchanged(), report.problems().size() });
		HouseholdChanges.announce(this, text, report);
		loadSheet(text);
	}

	private void cancel() {
		if (job != null && job.getState() != Job.NONE && !job.getName().equals(Messages.Sheet_Saving)) {
			job.cancel();
		}
	}

	/** The sheet shown (null before one is read), for tests. */
	SessionSheet sheet() {
		return sheet;
	}

	int groupCount() {
		return groups.size();
	}

	boolean isBusy() {
		return UiJobs.isBusy(job);
	}

	String headerText() {
		return header.getText();
	}

	String materialText() {
		return material.getText() + "\n" + details.getText(); //$NON-NLS-1$
	}

	SheetTable table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		cancel();
		super.dispose();
	}
}
