package org.harapan.ui;

import java.util.Optional;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The perspective of each role: the workbench opens the perspective of the role chosen (first start, Window >
 * Preferences > Role and working region) and switches to it when the role changes. A role whose perspective is
 * not installed gets the Case worker perspective.
 */
public final class Perspectives {

	/** The Case worker (pendamping) perspective of org.harapan.ui. */
	public static final String CASE_WORKER = "org.harapan.ui.perspective.caseworker"; //$NON-NLS-1$
	/** The Regional IT perspective (installed rule sets and their findings), contributed by org.harapan.ui.rules. */
	public static final String REGIONAL_IT = "org.harapan.ui.perspective.regionalit"; //$NON-NLS-1$
	/** The District supervisor perspective, when a bundle contributes one. */
	public static final String DISTRICT_SUPERVISOR = "org.harapan.ui.perspective.supervisor"; //$NON-NLS-1$
	/** The Programme designer perspective (documents, editors, diagrams), contributed by org.harapan.ui.programme. */
	public static final String PROGRAMME_DESIGNER = "org.harapan.ui.perspective.designer"; //$NON-NLS-1$

	private Perspectives() {
	}

	/** The id of {@code role}'s perspective when it is installed, else the Case worker perspective's. */
	public static String of(Role role) {
		String id = switch (role) {
		case CASE_WORKER -> CASE_WORKER;
		case REGIONAL_IT -> REGIONAL_IT;
		case DISTRICT_SUPERVISOR -> DISTRICT_SUPERVISOR;
		case PROGRAMME_DESIGNER -> PROGRAMME_DESIGNER;
		};
		return descriptor(id).isPresent() ? id : CASE_WORKER;
	}

	/** The perspective of the role chosen, the Case worker perspective before the first choice. */
	public static String ofChosenRole() {
		return WorkingRegion.chosen().map(WorkingRegion::role).map(Perspectives::of).orElse(CASE_WORKER);
	}

	/** Shows {@code role}'s perspective in every workbench window (on the UI thread). */
	public static void show(Role role) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		descriptor(of(role)).ifPresent(perspective -> {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				IWorkbenchPage page = window.getActivePage();
				if (page != null && !perspective.equals(page.getPerspective())) {
					page.setPerspective(perspective);
				}
			}
		});
	}

	/** From now on, shows the perspective of the role whenever the role preference changes. */
	public static void followRole() {
		WorkingRegion.preferences().addPropertyChangeListener(event -> {
			if (!WorkingRegion.ROLE.equals(event.getProperty())) {
				return;
			}
			var display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> WorkingRegion.chosen().ifPresent(region -> show(region.role())));
		});
	}

	private static Optional<IPerspectiveDescriptor> descriptor(String id) {
		return Optional.ofNullable(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id));
	}
}
