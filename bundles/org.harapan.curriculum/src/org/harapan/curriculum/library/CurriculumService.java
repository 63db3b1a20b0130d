package org.harapan.curriculum.library;

import java.io.IOException;

import org.harapan.casework.Casework;
import org.harapan.curriculum.Curriculum;

/**
 * The P2K2 curricula: the national one shipped with the product and the versioned documents of a store. An OSGi
 * service (Declarative Services).
 */
public interface CurriculumService {

	/** The national P2K2 curriculum as shipped (a fresh copy). */
	Curriculum national() throws IOException;

	/**
	 * The curricula of the store of {@code casework}, written with its user (checked as {@link Casework#documents()}
	 * checks it); the shipped national curriculum is stored there as version 1 (published) the first time, whatever
	 * the user's role, recorded as {@value Casework#SYSTEM_USER}.
	 */
	CurriculumLibrary library(Casework casework) throws IOException;
}
