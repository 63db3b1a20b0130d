package org.harapan.ui.programme.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.harapan.ui.programme.Problem;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.ProgrammeLabels;

/**
 * The fields of the object selected in the outline: one per attribute (text, number, Rupiah, date, yes/no,
 * choice), each change a {@link SetCommand}; a value that cannot be read, or a problem of the document at that
 * field, is shown with an error decoration beside it.
 */
public final class DetailsPart {

	private final ProgrammeEditor editor;
	private final FormToolkit toolkit;
	private final Composite body;
	private final Map<EStructuralFeature, Control> fields = new LinkedHashMap<>();
	private final Map<EStructuralFeature, ControlDecoration> decorations = new LinkedHashMap<>();
	private final Map<EStructuralFeature, String> unreadable = new LinkedHashMap<>();
	private EObject object;

	public DetailsPart(Composite parent, FormToolkit toolkit, ProgrammeEditor editor) {
		this.editor = editor;
		this.toolkit = toolkit;
		body = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).margins(4, 4).applyTo(body);
	}

	public Composite control() {
		return body;
	}

	/** The object shown. */
	public EObject object() {
		return object;
	}

	/** Shows the fields of {@code o} (nothing for null). */
	public void show(EObject o) {
		if (o != null && o == object && !fields.isEmpty()) {
			refresh(); // the same object (reselected after a change): keep the fields
			return;
		}
		object = o;
		for (Control c : body.getChildren()) {
			c.dispose();
		}
		fields.clear();
		decorations.values().forEach(ControlDecoration::dispose);
		decorations.clear();
		unreadable.clear();
		if (o != null) {
			Label title = toolkit.createLabel(body, ProgrammeLabels.type(o), SWT.BOLD);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
			for (EAttribute a : o.eClass().getEAllAttributes()) {
				if (!a.isMany() && a.isChangeable()) {
					field(a);
				}
			}
		}
		refresh();
		body.layout(true, true);
	}

	private void field(EAttribute a) {
		toolkit.createLabel(body, ProgrammeLabels.feature(a) + ":"); //$NON-NLS-1$
		Control control;
		if (a.getEAttributeType() instanceof EEnum e) {
			Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
			for (EEnumLiteral l : e.getELiterals()) {
				combo.add(ProgrammeLabels.literal(l.getInstance()));
			}
			combo.addListener(SWT.Selection, ev -> set(a, e.getELiterals().get(combo.getSelectionIndex()).getInstance()));
			control = combo;
		} else if (a.getEAttributeType().getInstanceClass() == boolean.class) {
			Button check = toolkit.createButton(body, "", SWT.CHECK); //$NON-NLS-1$
			check.addListener(SWT.Selection, ev -> set(a, check.getSelection()));
			control = check;
		} else {
			int style = FieldValues.isLong(a) ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE;
			Text text = toolkit.createText(body, "", style | SWT.BORDER); //$NON-NLS-1$
			text.addListener(SWT.DefaultSelection, ev -> commit(a, text));
			text.addListener(SWT.FocusOut, ev -> commit(a, text));
			control = text;
			if (FieldValues.isLong(a)) {
				GridDataFactory.fillDefaults().grab(true, false).hint(200, 60).indent(8, 0).applyTo(control);
			}
		}
		if (!FieldValues.isLong(a)) {
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(8, 0).applyTo(control);
		}
		if (control instanceof Text text) {
			text.setEditable(!editor.isReadOnly());
		} else {
			control.setEnabled(!editor.isReadOnly());
		}
		ControlDecoration d = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		d.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		d.hide();
		fields.put(a, control);
		decorations.put(a, d);
	}

	/** Reads the text of {@code a}'s field and sets it with a command; an unreadable text is marked, not set. */
	void commit(EAttribute a, Text text) {
		if (object == null || text.isDisposed()) {
			return;
		}
		try {
			Object value = FieldValues.parse(a, text.getText());
			unreadable.remove(a);
			if (!java.util.Objects.equals(value, object.eGet(a))) {
				set(a, value);
				return;
			}
		} catch (IllegalArgumentException e) {
			unreadable.put(a, e.getMessage());
		}
		decorate();
	}

	private void set(EAttribute a, Object value) {
		if (object != null && !java.util.Objects.equals(value, object.eGet(a))) {
			editor.execute(SetCommand.create(editor.getEditingDomain(), object, a, value));
		}
	}

	/** Shows the object's values again (after a command, undo or redo) and the problems at its fields. */
	public void refresh() {
		if (object == null) {
			return;
		}
		for (Map.Entry<EStructuralFeature, Control> e : fields.entrySet()) {
			EAttribute a = (EAttribute) e.getKey();
			Object value = object.eGet(a);
			Control c = e.getValue();
			if (c instanceof Combo combo && a.getEAttributeType() instanceof EEnum en) {
				combo.select(value == null ? -1 : en.getELiterals().indexOf(en.getEEnumLiteral(value.toString())));
			} else if (c instanceof Button b) {
				b.setSelection(Boolean.TRUE.equals(value));
			} else if (c instanceof Text t && !unreadable.containsKey(a)) {
				String shown = FieldValues.format(a, value);
				if (!t.getText().equals(shown)) {
					t.setText(shown);
				}
			}
		}
		decorate();
	}

	private void decorate() {
		List<Problem> problems = editor.problems();
		for (Map.Entry<EStructuralFeature, ControlDecoration> e : decorations.entrySet()) {
			String message = unreadable.get(e.getKey());
			for (Problem p : problems) {
				if (message == null && p.object() == object && p.feature() == e.getKey()) {
					message = p.message();
				}
			}
			if (message == null) {
				e.getValue().hide();
			} else {
				e.getValue().setDescriptionText(message);
				e.getValue().show();
			}
		}
	}

	/** The field of {@code feature} (tests). */
	public Control field(EStructuralFeature feature) {
		return fields.get(feature);
	}

	/** The message at {@code feature}'s field, or null when it has none. */
	public String messageAt(EStructuralFeature feature) {
		ControlDecoration d = decorations.get(feature);
		return d == null || !d.isVisible() ? null : d.getDescriptionText();
	}
}
