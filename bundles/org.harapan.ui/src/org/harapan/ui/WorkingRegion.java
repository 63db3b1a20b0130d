package org.harapan.ui;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The user's role and working region, kept as Eclipse preferences of {@value #NODE} (instance scope): a
 * kabupaten/kota and, for a case worker, the desa assigned to them (Kemendagri dotted codes).
 */
public record WorkingRegion(Role role, String kabupatenCode, List<String> desaCodes) {

	public static final String NODE = "org.harapan.ui"; //$NON-NLS-1$
	public static final String ROLE = "workingRegion.role"; //$NON-NLS-1$
	public static final String KABUPATEN = "workingRegion.kabupaten"; //$NON-NLS-1$
	public static final String DESA = "workingRegion.desa"; //$NON-NLS-1$
	/** The roles this installation offers (comma-separated {@link Role} names; empty: all). */
	public static final String ROLES = "workingRegion.roles"; //$NON-NLS-1$

	private static ScopedPreferenceStore store;

	public WorkingRegion {
		desaCodes = desaCodes == null ? List.of() : List.copyOf(desaCodes);
	}

	/** The preference store the working region lives in; listen to it to follow changes. */
	public static synchronized IPreferenceStore preferences() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
		}
		return store;
	}

	/** The working region chosen, or empty before the first choice. */
	public static Optional<WorkingRegion> chosen() {
		IPreferenceStore p = preferences();
		String role = p.getString(ROLE);
		String kabupaten = p.getString(KABUPATEN);
		if (role.isEmpty() || kabupaten.isEmpty()) {
			return Optional.empty();
		}
		Role r;
		try {
			r = Role.valueOf(role);
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		String desa = p.getString(DESA);
		return Optional.of(new WorkingRegion(r, kabupaten,
				desa.isBlank() ? List.of() : Arrays.stream(desa.split(",")).map(String::strip).toList())); //$NON-NLS-1$
	}

	/**
	 * The kabupaten/kota this installation is made for, if any: the default of {@value #KABUPATEN} that
	 * {@code plugin_customization.ini} of a district's workbench ({@code ./harapan package}) sets. Its users work in
	 * it: the choice of region offers its desa only.
	 */
	public static Optional<String> districtKabupaten() {
		String kabupaten = preferences().getDefaultString(KABUPATEN);
		return kabupaten.isBlank() ? Optional.empty() : Optional.of(kabupaten.strip());
	}

	/** The roles this installation offers ({@value #ROLES}, a default of a district's workbench), in enum order. */
	public static List<Role> offeredRoles() {
		List<String> names = Arrays.stream(preferences().getString(ROLES).split(",")).map(String::strip).toList(); //$NON-NLS-1$
		List<Role> offered = Arrays.stream(Role.values()).filter(r -> names.contains(r.name())).toList();
		return offered.isEmpty() ? List.of(Role.values()) : offered;
	}

	/** Whether this choice is complete: a kabupaten, and for a case worker at least one desa. */
	public boolean isComplete() {
		return role != null && kabupatenCode != null && !kabupatenCode.isEmpty()
				&& (role != Role.CASE_WORKER || !desaCodes.isEmpty());
	}

	/** Stores this choice in the preferences (and saves them). */
	public void store() {
		IPreferenceStore p = preferences();
		p.setValue(DESA, role == Role.CASE_WORKER ? String.join(",", desaCodes) : ""); //$NON-NLS-1$ //$NON-NLS-2$
		p.setValue(KABUPATEN, kabupatenCode);
		p.setValue(ROLE, role.name()); // last: listeners that react to the role see the region already
		save();
	}

	/** Forgets the choice: the next start asks again. */
	public static void clear() {
		IPreferenceStore p = preferences();
		p.setToDefault(ROLE);
		p.setToDefault(KABUPATEN);
		p.setToDefault(DESA);
		save();
	}

	private static void save() {
		try {
			((ScopedPreferenceStore) preferences()).save();
		} catch (IOException e) {
			ILog.of(WorkingRegion.class).error("Could not save the working region preferences", e); //$NON-NLS-1$
		}
	}
}
