package org.harapan.ui.curriculum.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumPackage.Literals;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Objective;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.Step;

/**
 * The details of the element selected in the outline: its fields, both languages side by side, each change an
 * undoable command; validation problems shown at the field they concern, the others listed below.
 */
final class DetailPage {

	/** One edited field: the object and feature it shows. */
	record Key(EObject object, EStructuralFeature feature) {
	}

	private record Field(Text text, ControlDecoration decoration) {
	}

	private final Composite control;
	private final EditingDomain domain;
	private final Map<Key, Field> fields = new LinkedHashMap<>();
	private final Map<Key, String> problems = new LinkedHashMap<>();
	private Label heading;
	private Label messages;
	private EObject current;
	private boolean readOnly;

	DetailPage(Composite parent, EditingDomain domain) {
		this.domain = domain;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).spacing(8, 6).applyTo(control);
	}

	Composite control() {
		return control;
	}

	/** The text field of {@code feature} of {@code object}, when shown. */
	Text field(EObject object, EStructuralFeature feature) {
		Field f = fields.get(new Key(object, feature));
		return f == null ? null : f.text();
	}

	/** Shows {@code object}'s fields (read-only for a published version). */
	void show(EObject object, boolean readOnly) {
		this.current = object;
		this.readOnly = readOnly;
		for (Control c : control.getChildren()) {
			c.dispose();
		}
		fields.values().forEach(f -> f.decoration().dispose());
		fields.clear();
		heading = new Label(control, SWT.WRAP);
		heading.setFont(JFaceResources.getBannerFont());
		heading.setText(OutlineTree.label(object));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(heading);
		new Label(control, SWT.NONE);
		header(Messages.language);
		header(Messages.languageEn);
		if (object instanceof Curriculum c) {
			pair(Messages.fieldTitle, c, Literals.CURRICULUM__TITLE, Literals.CURRICULUM__TITLE_EN);
			single(Messages.fieldAuthority, c, Literals.CURRICULUM__AUTHORITY);
			single(Messages.fieldRegion, c, Literals.CURRICULUM__REGION_CODE);
		} else if (object instanceof Module m) {
			single(Messages.fieldNumber, m, Literals.MODULE__NUMBER);
			single(Messages.fieldCode, m, Literals.MODULE__CODE);
			pair(Messages.fieldTitle, m, Literals.MODULE__TITLE, Literals.MODULE__TITLE_EN);
		} else if (object instanceof Session s) {
			single(Messages.fieldNumber, s, Literals.SESSION__NUMBER);
			pair(Messages.fieldTitle, s, Literals.SESSION__TITLE, Literals.SESSION__TITLE_EN);
			single(Messages.fieldDuration, s, Literals.SESSION__DURATION_MINUTES);
			int n = 0;
			for (Objective o : s.getObjectives()) {
				pair(NLS.bind(Messages.fieldObjective, ++n), o, Literals.OBJECTIVE__TEXT, Literals.OBJECTIVE__TEXT_EN);
			}
			pair(Messages.fieldHomePractice, s, Literals.SESSION__HOME_PRACTICE, Literals.SESSION__HOME_PRACTICE_EN);
		} else if (object instanceof Step s) {
			single(Messages.fieldNumber, s, Literals.STEP__NUMBER);
			pair(Messages.fieldTitle, s, Literals.STEP__TITLE, Literals.STEP__TITLE_EN);
			single(Messages.fieldDuration, s, Literals.STEP__DURATION_MINUTES);
		}
		messages = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(messages);
		control.layout(true, true);
	}

	/** Reads the shown values again (after undo, redo or a move) and shows the problems of {@code diagnostic}. */
	void refresh(Diagnostic diagnostic) {
		if (current == null || heading == null || heading.isDisposed()) {
			return;
		}
		heading.setText(OutlineTree.label(current));
		problems.clear();
		fields.forEach((key, field) -> {
			String value = text(key.object().eGet(key.feature()));
			if (!field.text().getText().equals(value)) {
				field.text().setText(value);
			}
			field.decoration().hide();
		});
		List<String> other = new ArrayList<>();
		for (Diagnostic d : leaves(diagnostic)) {
			List<?> data = d.getData();
			if (data.isEmpty() || d.getSeverity() < Diagnostic.WARNING) {
				continue;
			}
			Field field = data.size() > 1 && data.get(1) instanceof EStructuralFeature f
					? fields.get(new Key((EObject) data.get(0), f))
					: null;
			if (field != null) {
				field.decoration().setImage(FieldDecorationRegistry.getDefault()
						.getFieldDecoration(d.getSeverity() >= Diagnostic.ERROR ? FieldDecorationRegistry.DEC_ERROR
								: FieldDecorationRegistry.DEC_WARNING)
						.getImage());
				field.decoration().setDescriptionText(d.getMessage());
				field.decoration().show();
				problems.putIfAbsent(new Key((EObject) data.get(0), (EStructuralFeature) data.get(1)), d.getMessage());
			} else if (data.get(0) == current) {
				other.add(d.getMessage());
			}
		}
		messages.setText(String.join("\n", other)); //$NON-NLS-1$
		control.layout(true, true);
	}

	/** The message shown at a field, {@code null} when none. */
	String problemAt(EObject object, EStructuralFeature feature) {
		return problems.get(new Key(object, feature));
	}

	static List<Diagnostic> leaves(Diagnostic diagnostic) {
		List<Diagnostic> result = new ArrayList<>();
		for (Diagnostic d : diagnostic.getChildren()) {
			if (d.getChildren().isEmpty()) {
				result.add(d);
			} else {
				result.addAll(leaves(d));
			}
		}
		return result;
	}

	private void header(String text) {
		Label label = new Label(control, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
	}

	private void pair(String label, EObject object, EStructuralFeature id, EStructuralFeature en) {
		new Label(control, SWT.NONE).setText(label);
		text(object, id, 1);
		text(object, en, 1);
	}

	private void single(String label, EObject object, EStructuralFeature feature) {
		new Label(control, SWT.NONE).setText(label);
		text(object, feature, 2);
	}

	private void text(EObject object, EStructuralFeature feature, int span) {
		boolean multi = feature == Literals.SESSION__HOME_PRACTICE || feature == Literals.SESSION__HOME_PRACTICE_EN
				|| feature == Literals.OBJECTIVE__TEXT || feature == Literals.OBJECTIVE__TEXT_EN;
		Text text = new Text(control, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP : SWT.SINGLE));
		text.setText(text(object.eGet(feature)));
		text.setEditable(!readOnly && feature != Literals.CURRICULUM__REGION_CODE);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).indent(8, 0)
				.hint(200, multi ? 48 : SWT.DEFAULT).applyTo(text);
		ControlDecoration decoration = new ControlDecoration(text, SWT.TOP | SWT.LEFT);
		decoration.hide();
		fields.put(new Key(object, feature), new Field(text, decoration));
		text.addListener(SWT.DefaultSelection, e -> commit(object, feature, text));
		text.addListener(SWT.FocusOut, e -> commit(object, feature, text));
	}

	/** Sets the field's value with an undoable command when it changed; a number that is not one is put back. */
	void commit(EObject object, EStructuralFeature feature, Text text) {
		if (readOnly || text.isDisposed()) {
			return;
		}
		Object value = text.getText();
		if (feature.getEType().getInstanceClass() == int.class) {
			try {
				value = Integer.valueOf(text.getText().strip());
			} catch (NumberFormatException e) {
				text.setText(text(object.eGet(feature)));
				return;
			}
		}
		Object old = object.eGet(feature);
		if (!Objects.equals(value, old) && !("".equals(value) && old == null)) { //$NON-NLS-1$
			domain.getCommandStack().execute(SetCommand.create(domain, object, feature, value));
		}
	}

	private static String text(Object value) {
		return value == null ? "" : String.valueOf(value); //$NON-NLS-1$
	}
}
