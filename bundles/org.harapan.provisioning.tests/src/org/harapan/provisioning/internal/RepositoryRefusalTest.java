package org.harapan.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.provisioning.Inspection;
import org.harapan.provisioning.RegionalFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The service refuses what is not a p2 repository, saying why, and lists nothing. */
class RepositoryRefusalTest {

	@TempDir
	Path folder;

	@Test
	void aFolderOrFileThatIsNotARepositoryIsRefusedWithTheReason() throws Exception {
		RegionalFeatures features = service();
		Files.writeString(folder.resolve("README.md"), "not a repository"); //$NON-NLS-1$ //$NON-NLS-2$
		Inspection folderRefused = features.inspect(folder, new NullProgressMonitor());
		assertTrue(folderRefused.refusal().orElse("").contains("is not a p2 repository"), folderRefused.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(folderRefused.features().isEmpty());
		Inspection fileRefused = features.inspect(folder.resolve("README.md"), new NullProgressMonitor()); //$NON-NLS-1$
		assertTrue(fileRefused.refusal().orElse("").contains("is neither a p2 repository folder nor a .zip"), fileRefused.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		Inspection missing = features.inspect(folder.resolve("nothing-here.zip"), new NullProgressMonitor()); //$NON-NLS-1$
		assertTrue(missing.refusal().orElse("").contains("does not exist"), missing.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		Path zip = Files.write(folder.resolve("broken.zip"), new byte[] { 'P', 'K', 3, 4, 0 }); //$NON-NLS-1$
		assertTrue(features.inspect(zip, new NullProgressMonitor()).refusal().orElse("").contains("is not a p2 repository")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static RegionalFeatures service() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(RepositoryRefusalTest.class).getBundleContext();
		ServiceTracker<RegionalFeatures, RegionalFeatures> tracker = new ServiceTracker<>(context, RegionalFeatures.class, null);
		tracker.open();
		RegionalFeatures features = tracker.waitForService(10_000);
		assertNotNull(features, "the RegionalFeatures service is registered"); //$NON-NLS-1$
		return features;
	}
}
