package org.harapan.ui.household.internal;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.harapan.ui.WorkingRegion;
import org.harapan.ui.WorkingRegionForm;

/**
 * What the caseload shows on first start: the choice of role and working region, stored as preferences when the
 * user starts (changeable later in Window > Preferences).
 */
final class FirstStartPage {

	private final Composite control;
	private final WorkingRegionForm form;
	private final Button start;

	FirstStartPage(Composite parent, Consumer<WorkingRegion> chosen) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 10).applyTo(control);
		Label title = new Label(control, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(Messages.FirstStart_Title);
		Label intro = new Label(control, SWT.WRAP);
		intro.setText(Messages.FirstStart_Intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(intro);
		form = new WorkingRegionForm(control);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form.control());
		start = new Button(control, SWT.PUSH);
		start.setText(Messages.FirstStart_Start);
		start.addListener(SWT.Selection, e -> {
			WorkingRegion value = form.value();
			if (value.isComplete()) {
				chosen.accept(value);
			}
		});
		form.addChangeListener(() -> start.setEnabled(form.value().isComplete()));
		start.setEnabled(false);
	}

	Composite control() {
		return control;
	}

	WorkingRegionForm form() {
		return form;
	}

	Button startButton() {
		return start;
	}

	/** Preselects the kabupaten the store holds (the user may choose another). */
	void preselect(String kabupatenCode) {
		if (form.kabupatenCombo().getSelectionIndex() < 0 && kabupatenCode != null) {
			form.selectKabupaten(kabupatenCode);
			start.setEnabled(form.value().isComplete());
		}
	}
}
