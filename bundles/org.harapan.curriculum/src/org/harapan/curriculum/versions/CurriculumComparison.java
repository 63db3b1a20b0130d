package org.harapan.curriculum.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumPackage.Literals;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.versions.CurriculumChange.Kind;

/**
 * What changed between two versions of a curriculum: modules, sessions and steps are matched by number (sessions are
 * numbered across the curriculum), objectives, materials and questions by position. The version's own life cycle
 * (version number, status, effective date) is not content and is left out.
 */
public final class CurriculumComparison {

	private static final Set<EStructuralFeature> LIFE_CYCLE = Set.of(Literals.CURRICULUM__VERSION,
			Literals.CURRICULUM__STATUS, Literals.CURRICULUM__EFFECTIVE_FROM);

	private CurriculumComparison() {
	}

	/** The changes from {@code older} to {@code newer}, in document order. */
	public static List<CurriculumChange> compare(Curriculum older, Curriculum newer) {
		List<CurriculumChange> changes = new ArrayList<>();
		compare(Messages.curriculum, older, newer, changes);
		return changes;
	}

	private static void compare(String where, EObject a, EObject b, List<CurriculumChange> changes) {
		for (EAttribute attribute : a.eClass().getEAllAttributes()) {
			if (LIFE_CYCLE.contains(attribute)) {
				continue;
			}
			Object before = a.eGet(attribute);
			Object after = b.eGet(attribute);
			if (!Objects.equals(before, after)) {
				changes.add(new CurriculumChange(Kind.CHANGED, where, attribute.getName(), before, after, a, b));
			}
		}
		for (EReference reference : a.eClass().getEAllContainments()) {
			Map<Object, EObject> older = children(a, reference);
			Map<Object, EObject> newer = children(b, reference);
			for (Map.Entry<Object, EObject> e : older.entrySet()) {
				EObject match = newer.get(e.getKey());
				String label = label(where, e.getValue(), e.getKey());
				if (match == null) {
					changes.add(new CurriculumChange(Kind.REMOVED, label, "", e.getValue(), null, e.getValue(), null)); //$NON-NLS-1$
				} else {
					compare(label, e.getValue(), match, changes);
				}
			}
			for (Map.Entry<Object, EObject> e : newer.entrySet()) {
				if (!older.containsKey(e.getKey())) {
					changes.add(new CurriculumChange(Kind.ADDED, label(where, e.getValue(), e.getKey()), "", null, //$NON-NLS-1$
							e.getValue(), null, e.getValue()));
				}
			}
		}
	}

	/** The children in one containment, keyed by number where they have one, else by position (1, 2, ...). */
	@SuppressWarnings("unchecked")
	private static Map<Object, EObject> children(EObject parent, EReference reference) {
		Map<Object, EObject> result = new LinkedHashMap<>();
		Object value = parent.eGet(reference);
		List<EObject> list = reference.isMany() ? (List<EObject>) value : value == null ? List.of() : List.of((EObject) value);
		int position = 0;
		for (EObject child : list) {
			position++;
			EStructuralFeature number = child.eClass().getEStructuralFeature("number"); //$NON-NLS-1$
			Object key = number != null ? child.eGet(number) : Integer.valueOf(position);
			result.putIfAbsent(reference.getName() + "#" + key, child); //$NON-NLS-1$
		}
		return result;
	}

	private static String label(String where, EObject child, Object key) {
		String number = String.valueOf(key).substring(String.valueOf(key).indexOf('#') + 1);
		if (child instanceof Session) {
			return NLS.bind(Messages.session, number);
		}
		if (child instanceof Module m) {
			return NLS.bind(Messages.module, m.getCode() == null || m.getCode().isBlank() ? number : m.getCode());
		}
		String kind = switch (child.eClass().getClassifierID()) {
		case org.harapan.curriculum.CurriculumPackage.STEP -> Messages.step;
		case org.harapan.curriculum.CurriculumPackage.OBJECTIVE -> Messages.objective;
		case org.harapan.curriculum.CurriculumPackage.MATERIAL -> Messages.material;
		default -> Messages.question;
		};
		String self = NLS.bind(kind, number);
		return where.equals(Messages.curriculum) ? self : where + ", " + self; //$NON-NLS-1$
	}
}
