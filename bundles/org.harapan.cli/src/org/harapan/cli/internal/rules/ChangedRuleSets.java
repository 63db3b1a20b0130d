package org.harapan.cli.internal.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.harapan.cli.UsageException;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.RuleSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The rule sets of a dry run: the installed ones with a changed programme document, or with the rule sets of a
 * bundle that is installed for the run only (and uninstalled by {@link #close()}).
 */
final class ChangedRuleSets implements AutoCloseable {

	private final List<RuleSet> after;
	private final String what;
	private Bundle bundle;

	ChangedRuleSets(List<RuleSet> installed, Path file) throws IOException, BundleException, InvalidSyntaxException {
		if (!Files.isRegularFile(file)) {
			throw new UsageException("--with: no such file " + file.toAbsolutePath()); //$NON-NLS-1$
		}
		String name = file.getFileName().toString();
		if (name.endsWith("." + ProgrammeDocuments.EXTENSION)) { //$NON-NLS-1$
			Programme changed = ProgrammeDocuments.load(file);
			after = new ArrayList<>();
			boolean used = false;
			for (RuleSet s : installed) {
				RuleSet c = s.withProgramme(changed);
				used |= c != null;
				after.add(c != null ? c : s);
			}
			if (!used) {
				throw new UsageException("no installed rule set reads programme '" + changed.getId() + "' of " + name); //$NON-NLS-1$ //$NON-NLS-2$
			}
			what = "programme " + changed.getId() + " from " + name; //$NON-NLS-1$ //$NON-NLS-2$
		} else if (name.endsWith(".jar")) { //$NON-NLS-1$
			after = withBundle(installed, file);
			what = "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion(); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			throw new UsageException("--with takes a rule-set bundle (.jar) or a programme document (.programme)"); //$NON-NLS-1$
		}
	}

	private List<RuleSet> withBundle(List<RuleSet> installed, Path jar) throws BundleException, InvalidSyntaxException {
		BundleContext bc = FrameworkUtil.getBundle(ChangedRuleSets.class).getBundleContext();
		bundle = bc.installBundle(jar.toUri().toString());
		bundle.start();
		List<RuleSet> added = new ArrayList<>();
		long until = System.currentTimeMillis() + 10_000;
		while (added.isEmpty() && System.currentTimeMillis() < until) {
			for (ServiceReference<RuleSet> ref : bc.getServiceReferences(RuleSet.class, null)) {
				if (ref.getBundle() != null && ref.getBundle().getBundleId() == bundle.getBundleId()) {
					added.add(bc.getService(ref));
				}
			}
			if (added.isEmpty()) {
				sleep();
			}
		}
		if (added.isEmpty()) {
			throw new UsageException(jar.getFileName() + " registers no rule set (is it a rule-set bundle?)"); //$NON-NLS-1$
		}
		List<RuleSet> result = new ArrayList<>();
		for (RuleSet s : installed) {
			if (added.stream().noneMatch(a -> a.id().equals(s.id()))) {
				result.add(s);
			}
		}
		result.addAll(added);
		return result;
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	List<RuleSet> after() {
		return after;
	}

	String what() {
		return what;
	}

	@Override
	public void close() throws BundleException {
		if (bundle != null) {
			bundle.uninstall();
		}
	}
}
