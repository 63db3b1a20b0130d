package org.harapan.rules.testing;

import java.util.List;

import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The rule engine service (Declarative Services) as a test in a running framework sees it. */
public final class EngineService {

	private EngineService() {
	}

	/**
	 * The ids of the rule sets the {@link RuleEngine} service lists, waiting up to 10 seconds for it and for
	 * {@code expected} to appear (rule sets are dynamic references); an empty list when there is no engine.
	 */
	public static List<String> ruleSetIds(Class<?> anchor, String expected) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(anchor).getBundleContext();
		ServiceTracker<RuleEngine, RuleEngine> tracker = new ServiceTracker<>(context, RuleEngine.class, null);
		tracker.open();
		try {
			RuleEngine engine = tracker.waitForService(10_000);
			if (engine == null) {
				return List.of();
			}
			long deadline = System.currentTimeMillis() + 10_000;
			List<String> ids = ids(engine);
			while (!ids.contains(expected) && System.currentTimeMillis() < deadline) {
				Thread.sleep(50);
				ids = ids(engine);
			}
			return ids;
		} finally {
			tracker.close();
		}
	}

	private static List<String> ids(RuleEngine engine) {
		return engine.ruleSets().stream().map(RuleSet::id).toList();
	}
}
