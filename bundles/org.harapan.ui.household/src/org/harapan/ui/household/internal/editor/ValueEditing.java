package org.harapan.ui.household.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.harapan.model.HarapanPackage;
import org.harapan.model.Member;

/**
 * Inline editing of a cell: a text for texts, numbers and dates, a choice for enumerations and members, a check box
 * for yes/no. The value is set with a command; a text that is not a value of the field's type is kept as a problem
 * at the field instead.
 */
public final class ValueEditing extends EditingSupport {

	private final FileContext file;
	private final Cell cell;
	private final Predicate<Object> editable;

	public ValueEditing(ColumnViewer viewer, FileContext file, Cell cell, Predicate<Object> editable) {
		super(viewer);
		this.file = file;
		this.cell = cell;
		this.editable = editable;
	}

	private EStructuralFeature feature(Object element) {
		return cell.feature().apply(element);
	}

	@Override
	protected boolean canEdit(Object element) {
		EStructuralFeature f = feature(element);
		return editable.test(element) && cell.owner().apply(element) != null && f.isChangeable() && !f.isDerived()
				&& !f.isTransient();
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		Composite parent = (Composite) getViewer().getControl();
		EStructuralFeature f = feature(element);
		if (f.getEType() instanceof EEnum type) {
			return new ComboBoxCellEditor(parent, Values.literals(type), SWT.READ_ONLY);
		}
		if (f.getEType() == HarapanPackage.Literals.MEMBER) {
			return new ComboBoxCellEditor(parent, memberNames().toArray(String[]::new), SWT.READ_ONLY);
		}
		if (f.getEType().getInstanceClass() == boolean.class) {
			return new CheckboxCellEditor(parent);
		}
		return new TextCellEditor(parent);
	}

	private List<String> memberNames() {
		List<String> names = new ArrayList<>();
		names.add(""); //$NON-NLS-1$
		file.household().getMembers().forEach(m -> names.add(m.getName() == null ? "" : m.getName())); //$NON-NLS-1$
		return names;
	}

	@Override
	protected Object getValue(Object element) {
		EObject owner = cell.owner().apply(element);
		EStructuralFeature f = feature(element);
		Object value = owner.eGet(f);
		if (f.getEType() instanceof EEnum type) {
			return value == null ? 0 : type.getELiterals().indexOf(type.getEEnumLiteral(((Enumerator) value).getValue()));
		}
		if (f.getEType() == HarapanPackage.Literals.MEMBER) {
			return file.household().getMembers().indexOf(value) + 1;
		}
		if (value instanceof Boolean || value instanceof String) {
			return value;
		}
		return Values.text(f, value);
	}

	@Override
	protected void setValue(Object element, Object value) {
		EObject owner = cell.owner().apply(element);
		EStructuralFeature f = feature(element);
		if (f.getEType() instanceof EEnum type) {
			int i = (Integer) value;
			if (i >= 0) {
				set(owner, f, type.getELiterals().get(i).getInstance());
			}
		} else if (f.getEType() == HarapanPackage.Literals.MEMBER) {
			int i = (Integer) value;
			List<Member> members = file.household().getMembers();
			set(owner, f, i <= 0 || i > members.size() ? null : members.get(i - 1));
		} else if (value instanceof Boolean b) {
			set(owner, f, b);
		} else {
			try {
				set(owner, f, Values.parse((EAttribute) f, (String) value));
			} catch (IllegalArgumentException e) {
				file.problems().typed(owner, f, e.getMessage());
			}
		}
	}

	private void set(EObject owner, EStructuralFeature f, Object value) {
		file.problems().fixed(owner, f);
		file.domain().set(owner, f, value);
	}
}
