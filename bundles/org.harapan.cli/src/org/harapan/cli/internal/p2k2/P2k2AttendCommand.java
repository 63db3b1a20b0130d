package org.harapan.cli.internal.p2k2;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.ChangeResult;
import org.harapan.casework.p2k2.P2k2Group;
import org.harapan.casework.p2k2.P2k2Groups;
import org.harapan.casework.p2k2.SessionAttendance;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.cli.UsageException;
import org.harapan.model.AttendanceStatus;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code harapan p2k2 attend --group G --session N --date D [--absent KPM,...] [--excused KPM,... [--reason TEXT]]}:
 * records a monthly session of a group; every KPM of the group not named absent or excused was present; the reason
 * is recorded with each excused absence named (without it, a reason already recorded stays). Each household is
 * changed through casework.
 */
@Component(service = CliCommand.class)
public class P2k2AttendCommand implements CliCommand {

	@Reference
	private CaseworkService casework;

	@Override
	public String name() {
		return "p2k2"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "record the attendance of a P2K2 group's monthly session (everyone present unless named absent or excused)"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "attend --group G --session N --date yyyy-MM-dd [--absent KPM,...] [--excused KPM,... [--reason TEXT]] " //$NON-NLS-1$
				+ CommandContext.DB_USAGE;
	}

	@Override
	public int run(CommandContext context) {
		String group = context.arguments().required("--group"); //$NON-NLS-1$
		int session = context.arguments().count("--session").orElseThrow(() -> new UsageException("missing option --session")); //$NON-NLS-1$ //$NON-NLS-2$
		String dateText = context.arguments().required("--date"); //$NON-NLS-1$
		LocalDate date;
		try {
			date = LocalDate.parse(dateText.trim());
		} catch (DateTimeParseException e) {
			throw new UsageException("--date needs yyyy-MM-dd, not '" + dateText + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Set<String> absent = Set.of(context.arguments().option("--absent").orElse("").split(",")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Set<String> excused = Set.of(context.arguments().option("--excused").orElse("").split(",")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Optional<String> reason = context.arguments().option("--reason"); //$NON-NLS-1$
		if (reason.isPresent() && excused.stream().allMatch(String::isBlank)) {
			throw new UsageException("--reason is the reason of the KPM named with --excused"); //$NON-NLS-1$
		}
		StoreLocation location = context.storeLocation();
		context.arguments().positional();
		context.arguments().checkNoneLeft();
		try (Casework cw = casework.open(location, context.progress())) {
			List<Household> households = new ArrayList<>();
			cw.forEach(HouseholdQuery.all(), h -> {
				if (group.equals(h.getP2k2Group())) {
					households.add(h);
				}
			}, context.progress());
			P2k2Group g = P2k2Groups.of(households).get(group);
			if (g == null) {
				context.err().println("harapan p2k2 attend: no household belongs to group " + group); //$NON-NLS-1$
				return ExitCode.FAILURE;
			}
			for (String named : union(absent, excused)) {
				if (!named.isBlank() && !g.kpmIds().contains(named)) {
					context.err().println("harapan p2k2 attend: " + named + " is not a KPM of group " + group); //$NON-NLS-1$ //$NON-NLS-2$
					return ExitCode.FAILURE;
				}
			}
			Map<ChangeResult.Outcome, Integer> outcomes = new TreeMap<>();
			for (String kpm : g.kpmIds()) {
				AttendanceStatus status = absent.contains(kpm) ? AttendanceStatus.ABSENT
						: excused.contains(kpm) ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
				ChangeResult r = cw.change(kpm, "P2K2 " + group + " session " + session + " " + date, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						h -> SessionAttendance.record(h, group, session, date, status,
								reason.orElseGet(() -> SessionAttendance.reason(h, group, session, date))));
				outcomes.merge(r.outcome(), 1, Integer::sum);
				if (!r.isStored() && r.outcome() != ChangeResult.Outcome.UNCHANGED) {
					context.err().println("harapan p2k2 attend: " + r.message("en")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			context.out().println("p2k2 " + group + " session " + session + " on " + date + ": " + g.size() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ " KPM " + outcomes); //$NON-NLS-1$
		}
		return ExitCode.OK;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return all;
	}
}
