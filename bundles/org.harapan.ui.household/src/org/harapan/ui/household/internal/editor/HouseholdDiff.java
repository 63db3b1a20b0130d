package org.harapan.ui.household.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.harapan.model.Household;
import org.harapan.model.Measurement;
import org.harapan.model.Member;

/**
 * The fields in which two versions of a household differ, for the user to compare: every field of every record,
 * members matched by NIK, measurements by date, other records by position.
 */
public final class HouseholdDiff {

	/** One differing field: where (record and field) and both values ({@code ""} when one version lacks it). */
	public record Row(String field, String mine, String theirs) {
	}

	private HouseholdDiff() {
	}

	public static List<Row> of(Household mine, Household theirs) {
		Map<String, String> a = flatten(mine);
		Map<String, String> b = flatten(theirs);
		Set<String> keys = new LinkedHashSet<>(a.keySet());
		keys.addAll(b.keySet());
		List<Row> rows = new ArrayList<>();
		for (String key : keys) {
			String x = a.getOrDefault(key, ""); //$NON-NLS-1$
			String y = b.getOrDefault(key, ""); //$NON-NLS-1$
			if (!Objects.equals(x, y)) {
				rows.add(new Row(key, x, y));
			}
		}
		return rows;
	}

	/** Every field of the household and its records, as text, keyed by where it is. */
	static Map<String, String> flatten(Household household) {
		Map<String, String> fields = new LinkedHashMap<>();
		flatten(household, "", fields); //$NON-NLS-1$
		return fields;
	}

	private static void flatten(EObject o, String prefix, Map<String, String> fields) {
		for (EAttribute a : o.eClass().getEAllAttributes()) {
			if (!a.isTransient() && !a.isDerived()) {
				fields.put(prefix + Values.name(a), Values.text(o, a));
			}
		}
		for (EReference r : o.eClass().getEAllReferences()) {
			if (!r.isContainment() && !r.isTransient() && !r.isMany()) {
				fields.put(prefix + Values.name(r), Values.text(o, r));
			}
		}
		for (EReference r : o.eClass().getEAllContainments()) {
			List<?> children = (List<?>) o.eGet(r);
			for (int i = 0; i < children.size(); i++) {
				EObject child = (EObject) children.get(i);
				flatten(child, prefix + Values.name(r) + " " + identity(child, i) + " \u203a ", fields); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static String identity(EObject child, int index) {
		return switch (child) {
		case Member m when m.getNik() != null -> m.getNik();
		case Measurement m when m.getDate() != null -> Values.date(m.getDate());
		default -> "#" + (index + 1); //$NON-NLS-1$
		};
	}
}
