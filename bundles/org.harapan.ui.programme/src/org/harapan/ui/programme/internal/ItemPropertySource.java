package org.harapan.ui.programme.internal;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.harapan.ui.programme.ProgrammeLabels;

/**
 * The Properties view of a programme object, over its EMF.Edit item property descriptors (EMF's {@code edit.ui}
 * is not on Maven Central): names in the user's language, values as text or a choice; a change goes through the
 * descriptor, which runs a command on the editor's command stack (undoable).
 */
public final class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	private ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	/** The provider the editor's property sheet page uses. */
	public static IPropertySourceProvider provider(AdapterFactory adapters) {
		return o -> {
			IItemPropertySource s = (IItemPropertySource) adapters.adapt(o, IItemPropertySource.class);
			return s == null ? null : new ItemPropertySource(o, s);
		};
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> ds = source.getPropertyDescriptors(object);
		return ds.stream().map(d -> (IPropertyDescriptor) new Descriptor(object, d)).toArray(IPropertyDescriptor[]::new);
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return source.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor d = descriptor(id);
		Object value = d.getPropertyValue(object);
		Object raw = value instanceof IItemPropertySource s ? s.getEditableValue(object) : value;
		if (d.getFeature(object) instanceof EAttribute a && a.getEAttributeType() instanceof EEnum e) {
			EEnumLiteral l = raw == null ? null : e.getEEnumLiteral(raw.toString());
			return l == null ? Integer.valueOf(-1) : Integer.valueOf(e.getELiterals().indexOf(l));
		}
		return raw == null ? "" : raw.toString(); //$NON-NLS-1$
	}

	@Override
	public boolean isPropertySet(Object id) {
		return descriptor(id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		descriptor(id).resetPropertyValue(object);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor d = descriptor(id);
		if (!(d.getFeature(object) instanceof EAttribute a)) {
			return;
		}
		EDataType type = a.getEAttributeType();
		Object converted;
		try {
			converted = type instanceof EEnum e ? e.getELiterals().get((Integer) value).getInstance()
					: EcoreUtil.createFromString(type, value.toString().strip());
		} catch (RuntimeException e) {
			return; // not a value of the type: nothing changes (the form's field explains why)
		}
		if (!java.util.Objects.equals(converted, ((org.eclipse.emf.ecore.EObject) object).eGet(a))) {
			d.setPropertyValue(object, converted);
		}
	}

	/** A property of the sheet: name, category, description and its cell editor. */
	private static final class Descriptor extends PropertyDescriptor {
		private final Object object;
		private final IItemPropertyDescriptor item;

		Descriptor(Object object, IItemPropertyDescriptor item) {
			super(item.getId(object), item.getDisplayName(object));
			this.object = object;
			this.item = item;
			setCategory(item.getCategory(object));
			setDescription(item.getDescription(object));
			setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					if (element instanceof Integer i && item.getFeature(object) instanceof EAttribute a
							&& a.getEAttributeType() instanceof EEnum e) {
						return i < 0 ? "" : ProgrammeLabels.literal(e.getELiterals().get(i).getInstance()); //$NON-NLS-1$
					}
					return String.valueOf(element);
				}
			});
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			if (!item.canSetProperty(object) || !(item.getFeature(object) instanceof EAttribute a)) {
				return null;
			}
			if (a.getEAttributeType() instanceof EEnum e) {
				String[] items = e.getELiterals().stream().map(l -> ProgrammeLabels.literal(l.getInstance()))
						.toArray(String[]::new);
				return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY);
			}
			return new TextCellEditor(parent);
		}
	}
}
