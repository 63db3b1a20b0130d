package org.harapan.curriculum.versions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumFactory;
import org.harapan.curriculum.DocumentStatus;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;

/**
 * Regional variants: a kabupaten's curriculum document holds only what it adds to a national version (local
 * modules, local sessions in national modules, optional national modules it delivers); the national document is
 * never changed. {@link #resolve} gives the curriculum a group of the kabupaten follows.
 */
public final class RegionalVariants {

	private RegionalVariants() {
	}

	/** A new, empty draft variant of {@code national} for the region. */
	public static Curriculum newVariant(Curriculum national, String id, String regionCode) {
		Curriculum v = CurriculumFactory.eINSTANCE.createCurriculum();
		v.setId(id);
		v.setRegionCode(regionCode);
		v.setBasedOnId(national.getId());
		v.setBasedOnVersion(national.getVersion());
		v.setTitle(national.getTitle() + " (" + regionCode + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		v.setTitleEn(national.getTitleEn() + " (" + regionCode + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		v.setVersion(1);
		v.setStatus(DocumentStatus.DRAFT);
		v.setMonthsBetweenSessions(national.getMonthsBetweenSessions());
		return v;
	}

	/**
	 * The curriculum a group of the region follows: a copy of the national one with the variant's additions, under
	 * the variant's id, version, status and titles. Neither argument is changed.
	 */
	public static Curriculum resolve(Curriculum variant, Curriculum national) {
		Curriculum result = EcoreUtil.copy(national);
		result.setId(variant.getId());
		result.setTitle(variant.getTitle());
		result.setTitleEn(variant.getTitleEn());
		result.setVersion(variant.getVersion());
		result.setStatus(variant.getStatus());
		result.setEffectiveFrom(variant.getEffectiveFrom());
		result.setRegionCode(variant.getRegionCode());
		result.setBasedOnId(variant.getBasedOnId());
		result.setBasedOnVersion(national.getVersion());
		result.setAuthority(variant.getAuthority() == null ? national.getAuthority() : variant.getAuthority());
		List<Module> included = new ArrayList<>();
		for (Module m : result.getOptionalModules()) {
			if (variant.getIncludeOptional().contains(m.getCode())) {
				included.add(m);
			}
		}
		result.getModules().addAll(included); // moves them out of the optional list
		for (Module local : variant.getModules()) {
			Module copy = EcoreUtil.copy(local);
			Module target = local.isExtendsNational() ? module(result, local.getNumber()) : null;
			if (target != null) {
				target.getSessions().addAll(copy.getSessions());
			} else {
				copy.setExtendsNational(false);
				result.getModules().add(copy);
			}
		}
		return result;
	}

	/** The sessions the variant adds of its own (not the national ones), in document order. */
	public static List<Session> localSessions(Curriculum variant) {
		List<Session> result = new ArrayList<>();
		variant.getModules().forEach(m -> result.addAll(m.getSessions()));
		return result;
	}

	private static Module module(Curriculum c, int number) {
		for (Module m : c.getModules()) {
			if (m.getNumber() == number) {
				return m;
			}
		}
		return null;
	}
}
