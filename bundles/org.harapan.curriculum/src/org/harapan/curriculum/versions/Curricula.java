package org.harapan.curriculum.versions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.DocumentStatus;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;

/** What is asked of a curriculum everywhere: its modules and sessions, versions, whether it may change. */
public final class Curricula {

	private Curricula() {
	}

	/** Whether the curriculum is a regional variant (it names a region). */
	public static boolean isVariant(Curriculum c) {
		return c.getRegionCode() != null && !c.getRegionCode().isBlank();
	}

	/** A published version is read-only: a change needs a new version. */
	public static boolean isReadOnly(Curriculum c) {
		return c.getStatus() == DocumentStatus.PUBLISHED;
	}

	/** The delivered modules, then the optional ones. */
	public static List<Module> allModules(Curriculum c) {
		List<Module> all = new ArrayList<>(c.getModules());
		all.addAll(c.getOptionalModules());
		return all;
	}

	/** The sessions of the delivered modules in delivery order (by number: one a month, in order). */
	public static List<Session> deliveryOrder(Curriculum c) {
		List<Session> sessions = new ArrayList<>();
		c.getModules().forEach(m -> sessions.addAll(m.getSessions()));
		sessions.sort(Comparator.comparingInt(Session::getNumber));
		return sessions;
	}

	/** The month (1 = the group's first) in which a group reaches each session of {@link #deliveryOrder}. */
	public static int month(Curriculum c, Session session) {
		int index = deliveryOrder(c).indexOf(session);
		return index < 0 ? 0 : 1 + index * Math.max(1, c.getMonthsBetweenSessions());
	}

	/** Version n+1 as a draft copy of {@code c}: same content, no effective date. */
	public static Curriculum newVersion(Curriculum c) {
		Curriculum next = EcoreUtil.copy(c);
		next.setVersion(c.getVersion() + 1);
		next.setStatus(DocumentStatus.DRAFT);
		next.setEffectiveFrom(null);
		return next;
	}

	/** Marks the curriculum published from {@code effectiveFrom}. */
	public static void publish(Curriculum c, LocalDate effectiveFrom) {
		c.setStatus(DocumentStatus.PUBLISHED);
		c.setEffectiveFrom(effectiveFrom);
	}
}
