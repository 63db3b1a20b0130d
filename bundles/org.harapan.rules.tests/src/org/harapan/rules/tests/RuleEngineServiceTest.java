package org.harapan.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.harapan.rules.FindingKind;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The engine is a DS service that picks rule sets up and drops them as their services come and go. */
class RuleEngineServiceTest {

	@Test
	void ruleSetsComeAndGo() throws Exception {
		BundleContext bc = FrameworkUtil.getBundle(RuleEngineServiceTest.class).getBundleContext();
		ServiceTracker<RuleEngine, RuleEngine> tracker = new ServiceTracker<>(bc, RuleEngine.class, null);
		tracker.open();
		try {
			RuleEngine engine = tracker.waitForService(10_000);
			assertNotNull(engine, "the RuleEngine service is registered");
			RuleSet set = EngineTest.saying("service.test", "", List.of(), "aid:x", "granted");
			ServiceRegistration<RuleSet> reg = bc.registerService(RuleSet.class, set, null);
			try {
				assertTrue(engine.ruleSets().contains(set));
				assertEquals(1, engine.evaluate(EngineTest.household("64.01.05.2005"), EngineTest.P, (m, ms) -> null)
						.of(FindingKind.AID).size());
			} finally {
				reg.unregister();
			}
			assertTrue(!engine.ruleSets().contains(set), "gone with its service");
		} finally {
			tracker.close();
		}
	}
}
