package org.harapan.casework.documents;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** A kind of document whose root is an EMF object: named once, copied with {@link EcoreUtil#copy}. */
public abstract class EmfDocumentKind<T extends EObject> implements DocumentKind<T> {

	private final String kind;
	private final String extension;

	protected EmfDocumentKind(String kind, String extension) {
		this.kind = kind;
		this.extension = extension;
	}

	@Override
	public final String kind() {
		return kind;
	}

	@Override
	public final String extension() {
		return extension;
	}

	@Override
	public T copy(T document) {
		return EcoreUtil.copy(document);
	}
}
