package org.harapan.ui.programme.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.casework.documents.DocumentLibrary;
import org.harapan.casework.documents.Versioned;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.library.CurriculumService;
import org.harapan.store.DocumentInfo;
import org.harapan.store.StoreException;
import org.harapan.ui.cases.Services;

/**
 * The versioned documents of the data folder's store for the documents navigator: every version of every programme
 * and curriculum, as {@link Stored} (what the store says of the version, and the document).
 */
final class StoreDocuments {

	/** A stored version of a document; it adapts as its document does (e.g. to its diagram). */
	record Stored(DocumentInfo info, Object document) implements IAdaptable {
		@Override
		public <T> T getAdapter(Class<T> type) {
			return type.isInstance(document) ? type.cast(document) : Adapters.adapt(document, type, true);
		}
	}

	/** The programmes and the curricula of the store. */
	record Listing(List<Object> programmes, List<Object> curricula) {
	}

	private StoreDocuments() {
	}

	/** Reads the store's documents; empty lists when there is no store or it cannot be read (logged). */
	static Listing read() throws InterruptedException {
		List<Object> programmes = new ArrayList<>();
		List<Object> curricula = new ArrayList<>();
		CaseworkService service = Services.await(CaseworkService.class).orElse(null);
		if (service == null) {
			return new Listing(programmes, curricula);
		}
		try (Casework cw = service.openDefault(new NullProgressMonitor())) {
			DocumentLibrary<org.harapan.programme.Programme> library = StoredProgramme.library(cw);
			for (DocumentInfo info : library.list()) {
				library.load(info.id(), info.version()).map(Versioned::document)
						.ifPresent(p -> programmes.add(new Stored(info, p)));
			}
			CurriculumService curricula0 = Services.await(CurriculumService.class).orElse(null);
			if (curricula0 != null) {
				DocumentLibrary<Curriculum> c = curricula0.library(cw);
				for (DocumentInfo info : c.list()) {
					c.load(info.id(), info.version()).map(Versioned::document)
							.ifPresent(d -> curricula.add(new Stored(info, d)));
				}
			}
		} catch (IOException | StoreException | IllegalStateException e) {
			ILog.of(StoreDocuments.class).warn("the documents of the store could not be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
		return new Listing(programmes, curricula);
	}
}
