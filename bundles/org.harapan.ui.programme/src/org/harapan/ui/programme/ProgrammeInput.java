package org.harapan.ui.programme;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.harapan.programme.Programme;

/**
 * What the programme editor opens: a {@code .programme} file, or the document of an installed rule set (read-only:
 * the editor saves a changed copy as a file).
 */
public final class ProgrammeInput implements IPathEditorInput {

	private final Path file;
	private final Programme installed;

	private ProgrammeInput(Path file, Programme installed) {
		this.file = file;
		this.installed = installed;
	}

	/** A programme document file. */
	public static ProgrammeInput of(Path file) {
		return new ProgrammeInput(file.toAbsolutePath().normalize(), null);
	}

	/** The document of an installed rule set (the editor works on a copy). */
	public static ProgrammeInput installed(Programme programme) {
		return new ProgrammeInput(null, programme);
	}

	/** The file, or {@code null} for an installed document. */
	public Path file() {
		return file;
	}

	/** The installed document, or {@code null} for a file. */
	public Programme installedProgramme() {
		return installed;
	}

	public boolean isReadOnly() {
		return file == null;
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
		return file != null ? file.getFileName().toString() : installed.getId();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file != null ? file.toString() : installed.getId();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ProgrammeInput p && Objects.equals(file, p.file)
				&& (installed == null ? p.installed == null : p.installed != null && installed.getId().equals(p.installed.getId()));
	}

	@Override
	public int hashCode() {
		return file != null ? file.hashCode() : installed.getId().hashCode();
	}
}
