package org.harapan.rules.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Which bundle a rule set comes from (its class's bundle in OSGi, else its class name). */
final class Origins {

	private Origins() {
	}

	static String of(Object ruleSet) {
		try {
			Bundle b = FrameworkUtil.getBundle(ruleSet.getClass());
			if (b != null) {
				return b.getSymbolicName() + ' ' + b.getVersion();
			}
		} catch (LinkageError e) {
			// not in OSGi
		}
		return ruleSet.getClass().getName();
	}
}
