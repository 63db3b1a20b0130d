package org.harapan.programme.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.ProgrammePackage;

/**
 * Reads and writes {@code .programme} documents (XMI) and picks the parameter version in force at a date. Works
 * without Eclipse (plain Java, tests, the CLI).
 */
public final class ProgrammeDocuments {

	/** The file extension of programme documents. */
	public static final String EXTENSION = "programme"; //$NON-NLS-1$

	private ProgrammeDocuments() {
	}

	/** Reads a programme document; {@code name} (a file name) appears in error messages. */
	public static Programme load(InputStream in, String name) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI("programme:/" + name)); //$NON-NLS-1$
		try {
			resource.load(in, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			throw new IOException(name + ": not a readable programme document: " + e.getMessage(), e); //$NON-NLS-1$
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Programme p)) {
			throw new IOException(name + ": holds no programme"); //$NON-NLS-1$
		}
		return p;
	}

	/** Reads a programme document from a file. */
	public static Programme load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, file.getFileName().toString());
		}
	}

	/** Reads a programme document shipped in a bundle next to (or under) {@code anchor}'s class loader root. */
	public static Programme load(Class<?> anchor, String resourcePath) throws IOException {
		try (InputStream in = anchor.getClassLoader().getResourceAsStream(resourcePath)) {
			if (in == null) {
				throw new IOException("no programme document " + resourcePath + " beside " + anchor.getName()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return load(in, resourcePath);
		}
	}

	/** Writes a programme document (UTF-8 XMI). */
	public static void save(Programme programme, OutputStream out) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI("programme:/out.programme")); //$NON-NLS-1$
		resource.getContents().add(programme);
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", Resource.OPTION_LINE_DELIMITER, "\n")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The parameter version in force at {@code date}: the latest effective on or before it, else {@code null}. */
	public static ParameterVersion versionAt(Programme programme, LocalDate date) {
		ParameterVersion best = null;
		for (ParameterVersion v : programme.getVersions()) {
			LocalDate from = v.getEffectiveFrom();
			if (from != null && !from.isAfter(date) && (best == null || from.isAfter(best.getEffectiveFrom()))) {
				best = v;
			}
		}
		return best;
	}

	private static ResourceSet resourceSet() {
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		rs.getPackageRegistry().put(ProgrammePackage.eNS_URI, ProgrammePackage.eINSTANCE);
		return rs;
	}
}
