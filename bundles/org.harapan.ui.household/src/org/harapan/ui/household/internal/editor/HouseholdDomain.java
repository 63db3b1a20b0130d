package org.harapan.ui.household.internal.editor;

import java.util.Collection;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.harapan.model.Household;
import org.harapan.model.edit.labels.HarapanLabelAdapterFactory;

/**
 * The EMF.Edit editing domain of one household file: every change is a command (set, add, delete) on its command
 * stack, so that undo, redo and the dirty state follow; labels come from the model's item providers.
 */
public final class HouseholdDomain {

	private final HarapanLabelAdapterFactory factory = new HarapanLabelAdapterFactory();
	private final BasicCommandStack stack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, stack);
	private Household household;

	/** Edits {@code loaded} from now on (the one loaded first, or a reload): no undo history, not dirty. */
	public void edit(Household loaded) {
		Resource resource = domain.getResourceSet().getResources().isEmpty() ? null
				: domain.getResourceSet().getResources().get(0);
		if (resource == null) {
			resource = new ResourceImpl(URI.createURI("household:/" + loaded.getKpmId())); //$NON-NLS-1$
			domain.getResourceSet().getResources().add(resource);
		}
		resource.getContents().clear();
		resource.getContents().add(loaded);
		household = loaded;
		stack.flush();
	}

	public Household household() {
		return household;
	}

	public BasicCommandStack stack() {
		return stack;
	}

	/** Sets {@code feature} of {@code owner} to {@code value} (a command; nothing when it is the value already). */
	public void set(EObject owner, EStructuralFeature feature, Object value) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			execute(SetCommand.create(domain, owner, feature, value));
		}
	}

	/** Adds {@code value} to the list {@code feature} of {@code owner} (a command). */
	public void add(EObject owner, EStructuralFeature feature, Object value) {
		execute(AddCommand.create(domain, owner, feature, value));
	}

	/**
	 * Removes {@code records} from the household (a command) with every reference to them: the attendance, commitments
	 * and referrals of a removed member no longer name it.
	 */
	public void delete(Collection<?> records) {
		execute(DeleteCommand.create(domain, records));
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			stack.execute(command);
		}
	}

	/** The label the model's item providers give {@code object} (e.g. "Siti Aminah (NIK …)"). */
	public String label(Object object) {
		if (factory.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
			return labels.getText(object);
		}
		return String.valueOf(object);
	}

	public void dispose() {
		factory.dispose();
	}
}
