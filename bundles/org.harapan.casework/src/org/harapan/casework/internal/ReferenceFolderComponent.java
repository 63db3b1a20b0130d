package org.harapan.casework.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.harapan.growth.ReferenceFolder;
import org.harapan.store.Workplace;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The user's imported reference tables live in {@code reference/} of the {@link Workplace}'s data folder. */
@Component(service = ReferenceFolder.class)
public final class ReferenceFolderComponent implements ReferenceFolder {

	/** The folder of imported tables in the data folder. */
	public static final String FOLDER = "reference"; //$NON-NLS-1$

	@Reference
	private Workplace workplace;

	public ReferenceFolderComponent() {
	}

	/** For plain Java and tests: the reference folder of {@code workplace}. */
	public ReferenceFolderComponent(Workplace workplace) {
		this.workplace = workplace;
	}

	@Override
	public Optional<Path> folder() {
		return workplace.dataFolder().map(data -> data.resolve(FOLDER));
	}
}
