package org.harapan.ui.programme;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.harapan.programme.Programme;
import org.harapan.store.StoreLocation;

/**
 * What the programme editor opens: a {@code .programme} file, the document of an installed rule set (read-only:
 * the editor saves a changed copy as a file), or a version of a programme in a store's document library (a draft is
 * saved back to the store, a published version is read-only).
 */
public final class ProgrammeInput implements IPathEditorInput {

	/** A version of a programme in a store ({@code null} location: the data folder's store). */
	public record Stored(StoreLocation location, String id, int version) {
	}

	private final Path file;
	private final Programme installed;
	private final Stored stored;

	private ProgrammeInput(Path file, Programme installed, Stored stored) {
		this.file = file;
		this.installed = installed;
		this.stored = stored;
	}

	/** A programme document file. */
	public static ProgrammeInput of(Path file) {
		return new ProgrammeInput(file.toAbsolutePath().normalize(), null, null);
	}

	/** The document of an installed rule set (the editor works on a copy). */
	public static ProgrammeInput installed(Programme programme) {
		return new ProgrammeInput(null, programme, null);
	}

	/** Version {@code version} of programme {@code id} in the store at {@code location} (null: the data folder's). */
	public static ProgrammeInput stored(StoreLocation location, String id, int version) {
		return new ProgrammeInput(null, null, new Stored(location, id, version));
	}

	/** The stored version, or {@code null} for a file or an installed document. */
	public Stored stored() {
		return stored;
	}

	/** The file, or {@code null} for an installed or stored document. */
	public Path file() {
		return file;
	}

	/** The installed document, or {@code null} for a file. */
	public Programme installedProgramme() {
		return installed;
	}

	/** Whether the editor can save only a copy as a file (an installed document). */
	public boolean isReadOnly() {
		return file == null && stored == null;
	}

	@Override
	public IPath getPath() {
		return file == null ? null : IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return file != null ? file.getFileName().toString()
				: stored != null ? stored.id() + " " + stored.version() : installed.getId(); //$NON-NLS-1$
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file != null ? file.toString() : getName();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ProgrammeInput p && Objects.equals(file, p.file) && Objects.equals(stored, p.stored)
				&& (installed == null ? p.installed == null : p.installed != null && installed.getId().equals(p.installed.getId()));
	}

	@Override
	public int hashCode() {
		return file != null ? file.hashCode() : stored != null ? stored.hashCode() : installed.getId().hashCode();
	}
}
