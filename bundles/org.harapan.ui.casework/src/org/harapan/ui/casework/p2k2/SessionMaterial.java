package org.harapan.ui.casework.p2k2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.Material;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Objective;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.library.CurriculumService;
import org.harapan.ui.cases.Services;
import org.harapan.ui.cases.UiLanguage;

/**
 * The material of the sessions of the P2K2 curriculum as the session sheet shows it: title and module, length,
 * objectives, materials and home practice, in the user's language, from the curriculum service (the national
 * curriculum as shipped: sessions 1-14 of its five modules and the optional 2021 stunting module after them). Without the service the sheet still works, naming sessions by number.
 */
final class SessionMaterial {

	/** The most sessions the sheet offers when no curriculum is installed. */
	private static final int WITHOUT_CURRICULUM = 14;

	private final Map<Integer, Session> sessions;
	private final Map<Integer, Module> modules;

	private SessionMaterial(Map<Integer, Session> sessions, Map<Integer, Module> modules) {
		this.sessions = sessions;
		this.modules = modules;
	}

	/** The sessions of the national curriculum (waits briefly for the curriculum service; call it from a job). */
	static SessionMaterial load() throws InterruptedException, IOException {
		CurriculumService service = Services.await(CurriculumService.class).orElse(null);
		return service == null ? of(null) : of(service.national());
	}

	/** The sessions of {@code curriculum} ({@code null}: none known). */
	static SessionMaterial of(Curriculum curriculum) {
		Map<Integer, Session> sessions = new TreeMap<>();
		Map<Integer, Module> modules = new TreeMap<>();
		if (curriculum != null) {
			List<Module> all = new ArrayList<>(curriculum.getModules());
			all.addAll(curriculum.getOptionalModules()); // the 2021 stunting module, relayed in P2K2 sessions
			for (Module m : all) {
				for (Session s : m.getSessions()) {
					sessions.put(s.getNumber(), s);
					modules.put(s.getNumber(), m);
				}
			}
		}
		return new SessionMaterial(sessions, modules);
	}

	/** The highest session number of the curriculum (the national one: 14, with the stunting module 22). */
	int sessions() {
		return sessions.isEmpty() ? WITHOUT_CURRICULUM : sessions.keySet().stream().mapToInt(Integer::intValue).max()
				.orElse(WITHOUT_CURRICULUM);
	}

	/** The session's title, module and length, e.g. "Session 5: Managing Family Finances (…) – module 2 …, 120 minutes". */
	String title(int number) {
		Session s = sessions.get(number);
		if (s == null) {
			return NLS.bind(Messages.Session_Unknown, number);
		}
		Module m = modules.get(number);
		return NLS.bind(Messages.Session_Title, new Object[] { number, words(s.getTitle(), s.getTitleEn()),
				m.getNumber(), words(m.getTitle(), m.getTitleEn()), s.getDurationMinutes() });
	}

	/** Objectives, materials and home practice of the session, one line each (empty when unknown). */
	String details(int number) {
		Session s = sessions.get(number);
		if (s == null) {
			return ""; //$NON-NLS-1$
		}
		boolean id = UiLanguage.indonesian();
		String objectives = String.join(" ", //$NON-NLS-1$
				s.getObjectives().stream().map((Objective o) -> id ? o.getText() : o.getTextEn()).toList());
		String materials = String.join(", ", //$NON-NLS-1$
				s.getMaterials().stream().map((Material o) -> id ? o.getTitle() : o.getTitleEn()).toList());
		return NLS.bind(Messages.Session_Details, new Object[] { objectives, materials,
				id ? s.getHomePractice() : s.getHomePracticeEn() });
	}

	/** The Indonesian title in Bahasa Indonesia; in English the English one with the Indonesian beside it. */
	private static String words(String indonesian, String english) {
		return UiLanguage.indonesian() || english == null || english.isBlank() ? indonesian
				: english + " (" + indonesian + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
