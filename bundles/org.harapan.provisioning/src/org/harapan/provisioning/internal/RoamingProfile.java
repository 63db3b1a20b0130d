package org.harapan.provisioning.internal;

import java.io.File;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;

/**
 * A product's profile is made where the product was built (or packaged) and names that folder as its install
 * folder and cache; a product that was copied or unpacked elsewhere (a roaming profile) must name where it is now
 * before p2 changes it, else the change would go to the old folder. The p2 director does the same for
 * {@code -destination}.
 */
final class RoamingProfile {

	private RoamingProfile() {
	}

	/** Points the profile's install folder and cache at {@code folder} when they name another folder. */
	static IStatus moveTo(IProvisioningAgent agent, IProfile profile, File folder, IProgressMonitor monitor) {
		String path = folder.getAbsolutePath();
		if (!Boolean.parseBoolean(profile.getProperty(IProfile.PROP_ROAMING))
				|| path.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER)) && path.equals(profile.getProperty(IProfile.PROP_CACHE))) {
			return Status.OK_STATUS;
		}
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, path);
		request.setProfileProperty(IProfile.PROP_CACHE, path);
		ProvisioningContext context = new ProvisioningContext(agent);
		IProvisioningPlan plan = planner.getProvisioningPlan(request, context, monitor);
		if (plan.getStatus().getSeverity() == IStatus.ERROR) {
			return plan.getStatus();
		}
		return agent.getService(IEngine.class).perform(plan, monitor);
	}
}
