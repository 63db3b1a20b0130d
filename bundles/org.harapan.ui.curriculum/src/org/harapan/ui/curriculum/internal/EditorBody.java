package org.harapan.ui.curriculum.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.harapan.curriculum.Curriculum;

/**
 * The body of the curriculum editor: the outline of modules, sessions and steps beside the details of the selected
 * one, with the validation marked in both.
 */
public final class EditorBody {

	/** What a validation found: error and warning counts, the first error's message ("" when none). */
	record Problems(int errors, int warnings, String first) {
	}

	private final SashForm sash;
	private final OutlineTree outline;
	private final DetailPage details;
	private Diagnostic diagnostic = Diagnostic.OK_INSTANCE;

	public EditorBody(Composite parent, EditingDomain domain, BooleanSupplier readOnly) {
		sash = new SashForm(parent, SWT.HORIZONTAL);
		outline = new OutlineTree(sash, domain, () -> !readOnly.getAsBoolean());
		details = new DetailPage(sash, domain);
		sash.setWeights(2, 3);
		outline.viewer().addSelectionChangedListener(e -> {
			EObject selected = outline.selected();
			if (selected != null) {
				details.show(selected, readOnly.getAsBoolean());
				details.refresh(diagnostic);
			}
		});
	}

	/** An editing domain for a curriculum: EMF.Edit commands on a command stack of its own. */
	public static AdapterFactoryEditingDomain domain() {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
				new BasicCommandStack());
	}

	/** Shows {@code curriculum} in the outline (selected, its details beside it). */
	public void show(Curriculum curriculum) {
		outline.show(curriculum);
	}

	/** Marks the problems of {@code validation} in the outline and at the fields. */
	public void validated(Diagnostic validation) {
		problems(validation);
	}

	Problems problems(Diagnostic validation) {
		diagnostic = validation;
		Set<EObject> errors = new HashSet<>();
		int errorCount = 0;
		int warningCount = 0;
		String first = ""; //$NON-NLS-1$
		for (Diagnostic d : DetailPage.leaves(validation)) {
			if (d.getSeverity() >= Diagnostic.ERROR) {
				errorCount++;
				first = first.isEmpty() ? d.getMessage() : first;
				for (Object o = d.getData().isEmpty() ? null : d.getData().get(0); o instanceof EObject e; o = e.eContainer()) {
					errors.add(e);
				}
			} else if (d.getSeverity() >= Diagnostic.WARNING) {
				warningCount++;
			}
		}
		outline.refresh(errors);
		details.refresh(validation);
		return new Problems(errorCount, warningCount, first);
	}

	public Control control() {
		return sash;
	}

	OutlineTree outline() {
		return outline;
	}

	DetailPage details() {
		return details;
	}
}
