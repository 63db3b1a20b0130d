package org.harapan.ui.p2.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.harapan.provisioning.InstalledFeature;
import org.harapan.provisioning.Inspection;
import org.harapan.provisioning.OfferedFeature;
import org.harapan.provisioning.RegionalFeatures;

/**
 * Help &gt; Install Regional Rules…: the regional features installed (to uninstall), and those of a p2 repository
 * folder or zip with what they bring and whether this product can take them (to install). Reading, resolving and
 * changing run as jobs with progress; a bad repository or a refused feature is said in the title area.
 */
final class RegionalRulesDialog extends TitleAreaDialog {

	private static final int INSTALL = IDialogConstants.CLIENT_ID + 1;

	private final RegionalFeatures features;
	private Table installed;
	private Button uninstall;
	private Text location;
	private Table offered;
	private Text details;
	private Inspection inspection;
	private volatile boolean busy;

	RegionalRulesDialog(Shell parent, RegionalFeatures features) {
		super(parent);
		this.features = features;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText(Messages.Dialog_Title);
		setTitle(Messages.Dialog_Title);
		setMessage(Messages.Dialog_Message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		createInstalled(body);
		createRepository(body);
		showInstalled();
		return area;
	}

	private void createInstalled(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Installed_Group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		installed = FeatureTable.create(group, SWT.MULTI | SWT.FULL_SELECTION, false);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, 90).applyTo(installed);
		uninstall = new Button(group, SWT.PUSH);
		uninstall.setText(Messages.Installed_Uninstall);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(uninstall);
		uninstall.addListener(SWT.Selection, e -> uninstallSelected());
		installed.addListener(SWT.Selection, e -> updateButtons());
		Label api = new Label(group, SWT.NONE);
		api.setText(NLS.bind(Messages.Dialog_RulesApi, features.rulesApiVersion()));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(api);
	}

	private void createRepository(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Repository_Group);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		new Label(group, SWT.NONE).setText(Messages.Repository_Location);
		location = new Text(group, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
		location.addListener(SWT.DefaultSelection, e -> read(Path.of(location.getText().strip())));
		Button folder = new Button(group, SWT.PUSH);
		folder.setText(Messages.Repository_Folder);
		folder.addListener(SWT.Selection, e -> chooseFolder());
		Button zip = new Button(group, SWT.PUSH);
		zip.setText(Messages.Repository_Zip);
		zip.addListener(SWT.Selection, e -> chooseZip());
		offered = FeatureTable.create(group, SWT.CHECK | SWT.FULL_SELECTION, true);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(560, 110).applyTo(offered);
		offered.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item.getData() instanceof OfferedFeature f && !f.installable()) {
				((TableItem) e.item).setChecked(false);
			}
			showDetails();
			updateButtons();
		});
		details = new Text(group, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(560, 70).applyTo(details);
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, 980), size.y);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, INSTALL, Messages.Install_Button, false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
		updateButtons();
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == INSTALL) {
			installChecked();
		} else {
			close();
		}
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage(Messages.Repository_Choose);
		Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::read);
	}

	private void chooseZip() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.Repository_Choose);
		dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
		Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::read);
	}

	/** Reads the repository at {@code path} in a job and lists its regional features. */
	Job read(Path path) {
		location.setText(path.toString());
		setErrorMessage(null);
		inspection = null;
		offered.removeAll();
		details.setText(""); //$NON-NLS-1$
		setBusy(true);
		Job job = Job.create(NLS.bind(Messages.Repository_Reading, path), monitor -> {
			Inspection read = features.inspect(path, monitor);
			asyncExec(() -> show(read));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void show(Inspection read) {
		setBusy(false);
		if (read.refusal().isPresent()) {
			setErrorMessage(read.refusal().get());
			return;
		}
		inspection = read;
		FeatureTable.fillOffered(offered, read.features());
		if (read.features().isEmpty()) {
			setErrorMessage(NLS.bind(Messages.Repository_Empty, location.getText()));
		}
		updateButtons();
	}

	private void showInstalled() {
		FeatureTable.fillInstalled(installed, features.installed());
		updateButtons();
	}

	private void showDetails() {
		TableItem[] selection = offered.getSelection();
		details.setText(selection.length == 0 ? "" : FeatureTable.describe((OfferedFeature) selection[0].getData())); //$NON-NLS-1$
	}

	private void installChecked() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : offered.getItems()) {
			if (item.getChecked()) {
				ids.add(((OfferedFeature) item.getData()).id());
			}
		}
		Inspection repository = inspection;
		if (ids.isEmpty() || repository == null) {
			return;
		}
		setBusy(true);
		runner().run(Messages.Install_Job, (by, monitor) -> features.install(by, repository, ids, monitor));
	}

	private void uninstallSelected() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : installed.getSelection()) {
			if (item.getData() instanceof InstalledFeature f) {
				ids.add(f.id());
			}
		}
		if (!ids.isEmpty()) {
			setBusy(true);
			runner().run(Messages.Uninstall_Job, (by, monitor) -> features.uninstall(by, ids, monitor));
		}
	}

	private ChangeRunner runner() {
		setErrorMessage(null);
		return new ChangeRunner(getShell(), this::setErrorMessage, () -> {
			setBusy(false);
			showInstalled();
		});
	}

	private void setBusy(boolean value) {
		busy = value;
		updateButtons();
	}

	private void updateButtons() {
		Button install = getButton(INSTALL);
		if (install != null && offered != null) {
			boolean checked = false;
			for (TableItem item : offered.getItems()) {
				checked |= item.getChecked();
			}
			install.setEnabled(!busy && checked);
		}
		if (uninstall != null) {
			uninstall.setEnabled(!busy && installed.getSelectionCount() > 0);
		}
	}

	private void asyncExec(Runnable runnable) {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	// for the tests (same package, in the test fragment)

	boolean isBusy() {
		return busy;
	}

	Table offeredTable() {
		return offered;
	}

	Table installedTable() {
		return installed;
	}

	String error() {
		return getErrorMessage();
	}

	boolean canInstall() {
		return getButton(INSTALL).isEnabled();
	}

	void pressInstall() {
		buttonPressed(INSTALL);
	}
}
