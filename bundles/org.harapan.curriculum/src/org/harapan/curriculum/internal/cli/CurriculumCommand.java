package org.harapan.curriculum.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.Versioned;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.cli.documents.DocumentCommand;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.Module;
import org.harapan.curriculum.Session;
import org.harapan.curriculum.library.CurriculumLibrary;
import org.harapan.curriculum.library.CurriculumService;
import org.harapan.curriculum.versions.Curricula;
import org.harapan.curriculum.versions.CurriculumChange;
import org.harapan.curriculum.versions.RegionalVariants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan curriculum …}: the P2K2 curricula of the store with their versions; {@code show} prints modules and
 * sessions with numbers, titles and durations, {@code compare} what changed between two versions.
 */
@Component(service = CliCommand.class)
public class CurriculumCommand extends DocumentCommand<Curriculum> {

	private static final String FROM = "--from"; //$NON-NLS-1$
	private static final String TO = "--to"; //$NON-NLS-1$

	@Reference
	private CaseworkService caseworks;

	@Reference
	private CurriculumService curricula;

	@Override
	public String name() {
		return "curriculum"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "P2K2 curricula in the store: list, show modules and sessions, export, import, validate, new version, publish, compare"; //$NON-NLS-1$
	}

	@Override
	protected String moreUsage() {
		return " | compare ID --from V --to W"; //$NON-NLS-1$
	}

	@Override
	protected CaseworkService caseworks() {
		return caseworks;
	}

	@Override
	protected DocumentLibrary<Curriculum> library(Casework casework) throws IOException {
		return curricula.library(casework);
	}

	@Override
	protected List<String> moreOptions() {
		return List.of(FROM, TO);
	}

	@Override
	protected Integer more(String subcommand, List<String> words, Map<String, String> options,
			CommandContext context, DocumentLibrary<Curriculum> library) throws IOException {
		if (!"compare".equals(subcommand)) { //$NON-NLS-1$
			return null;
		}
		String id = id(words);
		int older = version(options, FROM);
		int newer = version(options, TO);
		document(library, id, Optional.of(older));
		document(library, id, Optional.of(newer));
		List<CurriculumChange> changes = ((CurriculumLibrary) library).compare(id, older, newer);
		for (CurriculumChange c : changes) {
			context.out().println(switch (c.kind()) {
			case ADDED -> "added    " + c.where(); //$NON-NLS-1$
			case REMOVED -> "removed  " + c.where(); //$NON-NLS-1$
			case CHANGED -> "changed  " + c.where() + " " + c.field() + ": " + c.before() + " -> " + c.after(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			});
		}
		context.err().println("curriculum compare: " + changes.size() + " changes from version " + older //$NON-NLS-1$ //$NON-NLS-2$
				+ " to " + newer); //$NON-NLS-1$
		return ExitCode.OK;
	}

	@Override
	protected void show(CommandContext context, DocumentLibrary<Curriculum> library, Versioned<Curriculum> document,
			String lang) {
		boolean id = "id".equals(lang); //$NON-NLS-1$
		Curriculum own = document.document();
		Curriculum c = ((CurriculumLibrary) library).resolved(own);
		List<Session> local = Curricula.isVariant(own) ? RegionalVariants.localSessions(own) : List.of();
		PrintStream out = context.out();
		out.println(c.getId() + (id ? " versi " : " version ") + c.getVersion() + " (" + c.getStatus() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (c.getEffectiveFrom() == null ? "" : (id ? ", berlaku " : ", effective ") + c.getEffectiveFrom()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "): " + title(c.getTitle(), c.getTitleEn(), id)); //$NON-NLS-1$
		if (Curricula.isVariant(own)) {
			out.println((id ? "varian daerah " : "regional variant of ") + own.getRegionCode() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (id ? "berdasarkan " : "based on ") + own.getBasedOnId() + " " + c.getBasedOnVersion()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		int sessions = 0;
		int minutes = 0;
		for (Module m : c.getModules()) {
			module(out, m, id, local);
			sessions += m.getSessions().size();
			minutes += m.getSessions().stream().mapToInt(Session::getDurationMinutes).sum();
		}
		if (!c.getOptionalModules().isEmpty()) {
			out.println(id ? "Modul pilihan (ditambahkan oleh varian daerah):" //$NON-NLS-1$
					: "Optional modules (regional variants add them):"); //$NON-NLS-1$
			c.getOptionalModules().forEach(m -> module(out, m, id, local));
		}
		out.println(String.format(id ? "%d modul, %d sesi, %d menit; satu sesi sebulan menurut nomor" //$NON-NLS-1$
				: "%d modules, %d sessions, %d minutes; one session a month in number order", //$NON-NLS-1$
				c.getModules().size(), sessions, minutes));
	}

	private static int version(Map<String, String> options, String option) {
		String value = options.get(option);
		if (value == null) {
			throw new UsageException("compare needs " + option + " VERSION"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new UsageException(option + " needs a version number, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void module(PrintStream out, Module m, boolean id, List<Session> local) {
		out.println((id ? "Modul " : "Module ") + m.getNumber() //$NON-NLS-1$ //$NON-NLS-2$
				+ (m.getCode() == null || m.getCode().isBlank() ? "" : " (" + m.getCode() + ")") + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ title(m.getTitle(), m.getTitleEn(), id));
		for (Session s : m.getSessions()) {
			boolean isLocal = local.stream().anyMatch(l -> l.getNumber() == s.getNumber());
			out.println(String.format("  %3d  %-66s %4d %s%s", s.getNumber(), title(s.getTitle(), s.getTitleEn(), id), //$NON-NLS-1$
					s.getDurationMinutes(), id ? "menit" : "min", isLocal ? (id ? "  (lokal)" : "  (local)") : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
	}

	private static String title(String titleId, String titleEn, boolean id) {
		return id || titleEn == null || titleEn.isBlank() ? titleId : titleEn;
	}
}
