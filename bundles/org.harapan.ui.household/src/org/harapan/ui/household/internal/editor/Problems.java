package org.harapan.ui.household.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What is wrong in the household file now: the errors of the latest validation (casework's, while editing or of a
 * refused save; each about an object and field: data[0] the object, data[1] the feature) and texts typed into a
 * field that are not a value of its type. Pages show them at the field and list them.
 */
public final class Problems {

	/** One problem; {@code feature} may be {@code null} (the object as a whole). */
	public record Problem(EObject object, EStructuralFeature feature, String message, boolean typed) {
	}

	private final List<Problem> problems = new ArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	/** Replaces the problems of the last validation with {@code errors} (the leaves of its diagnostic). */
	public void validated(List<Diagnostic> errors) {
		List<Problem> before = List.copyOf(problems);
		problems.removeIf(p -> !p.typed());
		for (Diagnostic d : errors) {
			List<?> data = d.getData();
			EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
			EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
			problems.add(new Problem(object, feature, d.getMessage(), false));
		}
		if (!before.equals(problems)) {
			changed();
		}
	}

	/** A text typed into {@code feature} of {@code object} was not taken, for {@code message}. */
	public void typed(EObject object, EStructuralFeature feature, String message) {
		problems.removeIf(p -> p.object() == object && p.feature() == feature);
		problems.add(new Problem(object, feature, message, true));
		changed();
	}

	/** The field was set: its problems are gone (until the next validation says otherwise). */
	public void fixed(EObject object, EStructuralFeature feature) {
		if (problems.removeIf(p -> p.object() == object && p.feature() == feature)) {
			changed();
		}
	}

	public void clear() {
		if (!problems.isEmpty()) {
			problems.clear();
			changed();
		}
	}

	/** The message of the problem at {@code feature} of {@code object} (or of the object as a whole). */
	public Optional<String> at(EObject object, EStructuralFeature feature) {
		return problems.stream().filter(p -> p.object() == object && (p.feature() == feature || p.feature() == null))
				.map(Problem::message).reduce((a, b) -> a + "\n" + b); //$NON-NLS-1$
	}

	public List<Problem> all() {
		return List.copyOf(problems);
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
