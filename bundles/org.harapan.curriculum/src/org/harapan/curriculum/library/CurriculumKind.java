package org.harapan.curriculum.library;

import java.io.IOException;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.Diagnostic;
import org.harapan.casework.documents.EmfDocumentKind;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.DocumentStatus;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.curriculum.validation.CurriculumValidation;
import org.harapan.store.DocumentState;

/** Curriculum documents in the store: the document records its version, status and effective date itself. */
public final class CurriculumKind extends EmfDocumentKind<Curriculum> {

	/** The kind's name in the store. */
	public static final String KIND = "curriculum"; //$NON-NLS-1$

	private final UnaryOperator<Curriculum> nationalOf;

	/** @param nationalOf the national curriculum a regional variant extends, {@code null} when unknown */
	public CurriculumKind(UnaryOperator<Curriculum> nationalOf) {
		super(KIND, CurriculumDocuments.EXTENSION);
		this.nationalOf = nationalOf;
	}

	@Override
	public Curriculum read(byte[] content, String name) throws IOException {
		return CurriculumDocuments.load(content, name);
	}

	@Override
	public byte[] write(Curriculum document) throws IOException {
		return CurriculumDocuments.toBytes(document);
	}

	@Override
	public String id(Curriculum document) {
		return document.getId();
	}

	@Override
	public String title(Curriculum document) {
		return document.getTitle();
	}

	@Override
	public String basedOn(Curriculum document) {
		return document.getBasedOnId() == null ? "" : document.getBasedOnId(); //$NON-NLS-1$
	}

	@Override
	public int recordedVersion(Curriculum document) {
		return document.getVersion();
	}

	@Override
	public void stamp(Curriculum document, int version, DocumentState state, LocalDate effectiveFrom) {
		document.setVersion(version);
		document.setStatus(state == DocumentState.PUBLISHED ? DocumentStatus.PUBLISHED : DocumentStatus.DRAFT);
		document.setEffectiveFrom(effectiveFrom);
	}

	@Override
	public Diagnostic validate(Curriculum document, Curriculum published) {
		return CurriculumValidation.validate(document, published, nationalOf.apply(document));
	}
}
