package org.harapan.cli.internal.rules;

import java.io.PrintStream;

import org.harapan.cli.CliCommand;
import org.harapan.cli.CommandContext;
import org.harapan.cli.ExitCode;
import org.harapan.programme.Programme;
import org.harapan.rules.RuleSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code harapan rules list}: the installed rule sets with version, region, period and programmes. */
@Component(service = CliCommand.class)
public class RulesListCommand implements CliCommand {

	@Reference
	private RulesSupport support;

	@Override
	public String name() {
		return "rules"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "list the installed rule sets (version, region, period, programme documents)"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "list [--lang id|en]"; //$NON-NLS-1$
	}

	@Override
	public int run(CommandContext context) {
		String lang = RulesSupport.language(context);
		context.arguments().positional();
		context.arguments().checkNoneLeft();
		PrintStream out = context.out();
		out.println(String.format("%-36s %-8s %-8s %-24s %s", "rule set", "version", "region", "period", "title")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (RuleSet s : support.engine().ruleSets()) {
			String region = s.regionCode().isEmpty() ? "national" : s.regionCode(); //$NON-NLS-1$
			String period = s.effectiveFrom() + " - " + (s.effectiveUntil() == null ? "" : s.effectiveUntil()); //$NON-NLS-1$ //$NON-NLS-2$
			out.println(String.format("%-36s %-8s %-8s %-24s %s", s.id(), s.version(), region, period, //$NON-NLS-1$
					s.title().in(lang)));
			for (Programme p : s.programmes()) {
				out.println("    programme " + p.getId() + ": " + ("id".equals(lang) ? p.getTitle() : p.getTitleEn()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ " (" + p.getVersions().size() + " parameter versions)"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.println("    reads " + String.join(", ", s.parameterKeys())); //$NON-NLS-1$ //$NON-NLS-2$
			Bundle bundle = FrameworkUtil.getBundle(s.getClass());
			if (bundle != null) {
				out.println("    from bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return ExitCode.OK;
	}
}
