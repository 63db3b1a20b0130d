package org.harapan.model.operations;

import org.harapan.model.Household;
import org.harapan.model.Member;
import org.harapan.model.RelationToHead;

/**
 * Bodies of the {@link Household} operations; called from the generated code.
 */
public final class HouseholdOperations {

	private HouseholdOperations() {
	}

	/** The member recorded as head of the family, or {@code null}. */
	public static Member head(Household household) {
		for (Member m : household.getMembers()) {
			if (m.getRelationToHead() == RelationToHead.HEAD) {
				return m;
			}
		}
		return null;
	}

	/** The member with this NIK, or {@code null}. */
	public static Member findMember(Household household, String nik) {
		if (nik == null) {
			return null;
		}
		for (Member m : household.getMembers()) {
			if (nik.equals(m.getNik())) {
				return m;
			}
		}
		return null;
	}

	/**
	 * The first {@code segments} dot-separated segments of a Kemendagri code
	 * ({@code regionPrefix("18.07.01.2001", 2)} is {@code "18.07"}), or {@code null} when the code is
	 * {@code null} or shorter.
	 */
	public static String regionPrefix(String code, int segments) {
		if (code == null) {
			return null;
		}
		int end = -1;
		for (int i = 0; i < segments; i++) {
			end = code.indexOf('.', end + 1);
			if (end < 0) {
				return i == segments - 1 && !code.isEmpty() ? code : null;
			}
		}
		return code.substring(0, end);
	}
}
