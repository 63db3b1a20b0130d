package org.harapan.ui.programme;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Something wrong in a programme document, at an object and (when it is one field) a feature, with the message in
 * the user's language.
 */
public record Problem(EObject object, EStructuralFeature feature, String message) {

	/** Where the problem is, as the outline names it (e.g. {@code From 1 Apr 2020 > Early childhood ...}). */
	public String where() {
		StringBuilder b = new StringBuilder();
		for (EObject o = object; o != null && o.eContainer() != null; o = o.eContainer()) {
			b.insert(0, b.length() == 0 ? ProgrammeLabels.text(o) : ProgrammeLabels.text(o) + " > "); //$NON-NLS-1$
		}
		return b.length() == 0 ? ProgrammeLabels.text(object) : b.toString();
	}
}
