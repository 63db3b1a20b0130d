package org.harapan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.harapan.cli.CliCommand;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Inside OSGi: commands are Declarative Services components the CLI application finds. */
class CommandServicesTest {

	@Test
	void versionCommandIsRegisteredAsAService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(context,
				context.createFilter("(&(objectClass=" + CliCommand.class.getName() //$NON-NLS-1$
						+ ")(component.name=" + VersionCommand.class.getName() + "))"), //$NON-NLS-1$ //$NON-NLS-2$
				null);
		tracker.open();
		try {
			CliCommand command = tracker.waitForService(10_000);
			assertNotNull(command, "VersionCommand registered by SCR"); //$NON-NLS-1$
			assertEquals("version", command.name()); //$NON-NLS-1$
		} finally {
			tracker.close();
		}
	}
}
