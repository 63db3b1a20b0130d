package org.harapan.cli.internal.p2k2;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.decisions.VerificationLine;
import org.harapan.casework.p2k2.P2k2Group;
import org.harapan.casework.p2k2.P2k2Groups;
import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.model.Household;
import org.harapan.programme.Parameter;
import org.harapan.programme.ParameterVersion;
import org.harapan.rules.RuleEngine;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan p2k2 groups}: the P2K2 groups of a desa or a facilitator with their size, sessions and attendance. */
@Component(service = CliCommand.class)
public class P2k2GroupsCommand implements CliCommand {

	@Reference
	private CaseworkService casework;

	@Reference
	private RuleEngine engine;

	/** A whole-number parameter of the national programme in force today. */
	private int parameter(String key) {
		ParameterVersion v = VerificationLine.nationalParameters(engine, LocalDate.now());
		if (v != null) {
			for (Parameter p : v.getParameters()) {
				if (key.equals(p.getKey())) {
					return Integer.parseInt(p.getValue().trim());
				}
			}
		}
		throw new IllegalStateException("the national programme has no parameter " + key); //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "p2k2"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "list the P2K2 groups: KPM, sessions held, attendance, groups outside the allowed size"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "groups [--desa CODE] [--facilitator ID] [--kpm] " + CommandContext.DB_USAGE; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) {
		HouseholdQuery query = HouseholdQuery.all();
		query = context.arguments().option("--desa").map(query::withDesa).orElse(query); //$NON-NLS-1$
		query = context.arguments().option("--facilitator").map(query::withFacilitator).orElse(query); //$NON-NLS-1$
		boolean listKpm = context.arguments().flag("--kpm"); //$NON-NLS-1$
		StoreLocation location = context.storeLocation();
		context.arguments().positional();
		context.arguments().checkNoneLeft();
		List<Household> households = new ArrayList<>();
		try (Casework cw = casework.open(location, context.progress())) {
			cw.forEach(query, households::add, context.progress());
		}
		Map<String, P2k2Group> groups = P2k2Groups.of(households);
		int min = parameter("p2k2.groupMinHouseholds"); //$NON-NLS-1$
		int max = parameter("p2k2.groupMaxHouseholds"); //$NON-NLS-1$
		String bounds = min + "-" + max + " KPM"; //$NON-NLS-1$ //$NON-NLS-2$
		PrintStream out = context.out();
		out.println(String.format("%-28s %-15s %4s %8s %10s", "group", "desa", "KPM", "sessions", "attendance")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		int outside = 0;
		for (P2k2Group g : groups.values()) {
			boolean allowed = P2k2Groups.sizeAllowed(g, min, max);
			outside += allowed ? 0 : 1;
			out.println(String.format("%-28s %-15s %4d %8d %9.0f%%%s", g.id(), g.desaCode(), g.size(), //$NON-NLS-1$
					g.sessions().size(), 100 * g.attendanceRate(), allowed ? "" : "  (outside " + bounds + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (listKpm) {
				out.println("  KPM: " + String.join(",", g.kpmIds())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		context.err().println("p2k2 groups: " + groups.size() + " groups of " + households.size() + " households, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ outside + " outside " + bounds); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
