package org.harapan.ui.internal;

import java.time.LocalDate;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.demo.DemoSettings;
import org.harapan.demo.DemoStore;
import org.harapan.growth.GrowthReference;
import org.harapan.model.region.RegionDirectory;
import org.harapan.store.StoreLocation;
import org.harapan.ui.CaseStoreJobs;
import org.harapan.ui.WorkingRegion;

/**
 * The demo kabupaten of a first start: the one the user chose, or the one a district's workbench names (the default
 * of its {@code plugin_customization.ini}), else Paser. When the first start had to make the demo before the user
 * chose (a workbench for no district in particular), the first kabupaten the user then chooses gets its demo in the
 * same store, so that the caseload of that kabupaten is not empty.
 */
final class FirstStartDemo implements IPropertyChangeListener {

	private final CaseworkService service;
	private final GrowthReference who2006;
	private final StoreLocation location;
	private final String made;
	private final Function<String, DemoSettings> demo;

	/**
	 * @param made the kabupaten whose demo the first start made
	 * @param demo the demo of a kabupaten ({@link #settings(String)}; tests make smaller ones)
	 */
	FirstStartDemo(CaseworkService service, GrowthReference who2006, StoreLocation location, String made,
			Function<String, DemoSettings> demo) {
		this.service = service;
		this.who2006 = who2006;
		this.location = location;
		this.made = made;
		this.demo = demo;
	}

	/** The kabupaten whose demo the first start makes: the user's choice, else the district's, else Paser. */
	static String kabupaten() {
		String chosen = WorkingRegion.preferences().getString(WorkingRegion.KABUPATEN).strip();
		return chosen.isEmpty() ? DemoSettings.DEFAULT_REGION : chosen;
	}

	/** The demo of the first start in {@code kabupaten}, as of today. */
	static DemoSettings settings(String kabupaten) {
		return DemoSettings.kabupaten(kabupaten, LocalDate.now());
	}

	/** Its name for messages (the code when the directory does not know it). */
	static String name(String kabupaten) {
		String name = RegionDirectory.get().name(kabupaten);
		return name == null ? kabupaten : name;
	}

	/**
	 * After a first start that made the demo of {@code made} in the store at {@code location}: the first kabupaten
	 * the user chooses gets its demo there too ({@link #chosen(String)}), once.
	 */
	static void followFirstChoice(CaseworkService service, GrowthReference who2006, StoreLocation location,
			String made) {
		WorkingRegion.preferences()
				.addPropertyChangeListener(new FirstStartDemo(service, who2006, location, made, FirstStartDemo::settings));
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		if (!WorkingRegion.KABUPATEN.equals(event.getProperty())) {
			return;
		}
		IPreferenceStore preferences = WorkingRegion.preferences();
		String kabupaten = preferences.getString(WorkingRegion.KABUPATEN).strip();
		if (!kabupaten.isEmpty()) {
			preferences.removePropertyChangeListener(this);
			chosen(kabupaten);
		}
	}

	/** The user chose {@code kabupaten}: unless the first start's demo is of it, a job adds its demo to the store. */
	Job chosen(String kabupaten) {
		if (kabupaten.equals(made)) {
			return null;
		}
		return add(service, who2006, location, demo.apply(kabupaten));
	}

	/** A job (scheduled) that adds the demo of {@code demo} to the store at {@code location} unless it holds that kabupaten. */
	static Job add(CaseworkService service, GrowthReference who2006, StoreLocation location, DemoSettings demo) {
		Job job = new Job(NLS.bind(Messages.Store_AddingDemo, name(demo.regionCode()), String.format("%,d", //$NON-NLS-1$
				demo.households()))) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
				try (Casework casework = service.open(location, progress.split(5))) {
					DemoStore.addKabupaten(casework, who2006, demo, progress.split(95));
					return Status.OK_STATUS;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == CaseStoreJobs.FAMILY;
			}
		};
		job.schedule();
		return job;
	}
}
