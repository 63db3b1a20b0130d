package org.harapan.curriculum.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.CurriculumPackage;

/**
 * Reads and writes {@code .curriculum} documents (UTF-8 XMI) and the national P2K2 curriculum shipped in this bundle.
 * Works without Eclipse (plain Java, tests, the CLI).
 */
public final class CurriculumDocuments {

	/** The file extension of curriculum documents. */
	public static final String EXTENSION = "curriculum"; //$NON-NLS-1$
	/** The id of the national P2K2 curriculum. */
	public static final String NATIONAL_ID = "p2k2"; //$NON-NLS-1$
	/** Where the national curriculum is in this bundle. */
	public static final String NATIONAL_RESOURCE = "documents/p2k2-national.curriculum"; //$NON-NLS-1$

	private CurriculumDocuments() {
	}

	/** Reads a curriculum document; {@code name} (a file name) appears in error messages. */
	public static Curriculum load(InputStream in, String name) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI("curriculum:/" + name)); //$NON-NLS-1$
		try {
			resource.load(in, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			throw new IOException(name + ": not a readable curriculum document: " + e.getMessage(), e); //$NON-NLS-1$
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Curriculum c)) {
			throw new IOException(name + ": holds no curriculum"); //$NON-NLS-1$
		}
		return c;
	}

	public static Curriculum load(byte[] content, String name) throws IOException {
		return load(new ByteArrayInputStream(content), name);
	}

	public static Curriculum load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, file.getFileName().toString());
		}
	}

	/** The national P2K2 curriculum as shipped (a fresh copy at each call). */
	public static Curriculum national() throws IOException {
		try (InputStream in = CurriculumDocuments.class.getClassLoader().getResourceAsStream(NATIONAL_RESOURCE)) {
			if (in == null) {
				throw new IOException("the bundle holds no " + NATIONAL_RESOURCE); //$NON-NLS-1$
			}
			return load(in, NATIONAL_RESOURCE);
		}
	}

	/**
	 * The document's bytes (UTF-8 XMI, {@code \n} line ends). A copy is written, so the curriculum stays where it
	 * is (an editor's resource).
	 */
	public static byte[] toBytes(Curriculum curriculum) throws IOException {
		Resource resource = resourceSet().createResource(URI.createURI("curriculum:/out.curriculum")); //$NON-NLS-1$
		resource.getContents().add(EcoreUtil.copy(curriculum));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", Resource.OPTION_LINE_DELIMITER, "\n")); //$NON-NLS-1$ //$NON-NLS-2$
		return out.toByteArray();
	}

	/** Writes a curriculum document file. */
	public static void save(Curriculum curriculum, Path file) throws IOException {
		Files.write(file, toBytes(curriculum));
	}

	private static ResourceSet resourceSet() {
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		rs.getPackageRegistry().put(CurriculumPackage.eNS_URI, CurriculumPackage.eINSTANCE);
		return rs;
	}
}
