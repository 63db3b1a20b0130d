package org.harapan.casework.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;

/**
 * Aid programme documents ({@code .programme}, XMI) in the store. The programme model records no version of its
 * own: the store's versions count, and a published version is read-only there.
 */
public final class ProgrammeDocumentKind extends EmfDocumentKind<Programme> {

	/** The kind's name in the store. */
	public static final String KIND = "programme"; //$NON-NLS-1$

	public ProgrammeDocumentKind() {
		super(KIND, ProgrammeDocuments.EXTENSION);
	}

	@Override
	public Programme read(byte[] content, String name) throws IOException {
		return ProgrammeDocuments.load(new ByteArrayInputStream(content), name);
	}

	@Override
	public byte[] write(Programme document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Programme copy = copy(document); // saving moves the root into a resource of its own
		ProgrammeDocuments.save(copy, out);
		return out.toByteArray();
	}

	@Override
	public String id(Programme document) {
		return document.getId();
	}

	@Override
	public String title(Programme document) {
		return document.getTitle();
	}

	@Override
	public Diagnostic validate(Programme document, Programme published) {
		BasicDiagnostic result = new BasicDiagnostic();
		result.add(Diagnostician.INSTANCE.validate(document));
		if (published != null && !EcoreUtil.equals(document, published)) {
			result.add(new BasicDiagnostic(Diagnostic.ERROR, "org.harapan.casework", 1, //$NON-NLS-1$
					NLS.bind(Messages.publishedReadOnly, document.getId()), new Object[] { document }));
		}
		return result;
	}
}
