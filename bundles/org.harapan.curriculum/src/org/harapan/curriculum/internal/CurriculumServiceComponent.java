package org.harapan.curriculum.internal;

import java.io.IOException;

import org.harapan.casework.Casework;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.documents.CurriculumDocuments;
import org.harapan.curriculum.library.CurriculumLibrary;
import org.harapan.curriculum.library.CurriculumService;
import org.osgi.service.component.annotations.Component;

/** The curriculum service: the shipped national curriculum and the documents of a store. */
@Component(service = CurriculumService.class)
public final class CurriculumServiceComponent implements CurriculumService {

	@Override
	public Curriculum national() throws IOException {
		return CurriculumDocuments.national();
	}

	@Override
	public CurriculumLibrary library(Casework casework) throws IOException {
		CurriculumLibrary library = new CurriculumLibrary(casework);
		library.installShipped();
		return library;
	}
}
