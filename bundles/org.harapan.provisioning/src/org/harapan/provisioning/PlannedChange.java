package org.harapan.provisioning;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;

/**
 * An install or uninstall, resolved against this product: what it will add, update and remove, or why it cannot
 * be done; {@link #perform} carries it out (effective at the next start).
 */
public interface PlannedChange {

	/** OK when the change can be made; else the reason (in the user's language). */
	IStatus status();

	/** One line per bundle or feature that is added, updated or removed, in the user's language. */
	List<String> changes();

	/** Makes the change in the product; reports progress to {@code monitor}. */
	IStatus perform(IProgressMonitor monitor);
}
