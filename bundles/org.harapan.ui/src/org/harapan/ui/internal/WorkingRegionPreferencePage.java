package org.harapan.ui.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.harapan.ui.Messages;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.WorkingRegionForm;

/** Window > Preferences > Working region: the role and working region chosen on first start, changeable. */
public class WorkingRegionPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.harapan.ui.preferences.workingRegion"; //$NON-NLS-1$

	private WorkingRegionForm form;

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(WorkingRegion.preferences());
		setDescription(Messages.Region_PageDescription);
	}

	@Override
	protected Control createContents(Composite parent) {
		form = new WorkingRegionForm(parent);
		WorkingRegion.chosen().ifPresent(r -> form.setValue(r.role(), r.kabupatenCode(), r.desaCodes()));
		form.addChangeListener(this::validate);
		validate();
		return form.control();
	}

	private void validate() {
		boolean complete = form.value().isComplete();
		setErrorMessage(complete ? null : Messages.Region_Incomplete);
		setValid(complete);
	}

	@Override
	public boolean performOk() {
		WorkingRegion value = form.value();
		if (!value.isComplete()) {
			return false;
		}
		value.store();
		return true;
	}
}
