package org.harapan.releng.emfgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Standalone EMF generator for the Harapan model (development time only).
 * <p>
 * Usage: {@code EmfGen <repo-root> <project>/<path-to.genmodel>}. Every folder under
 * {@code <repo-root>/bundles} is mapped to {@code platform:/resource/<folder>}. The genmodel is
 * re-synchronised with its .ecore (fresh {@code initialize} + {@code reconcile} against the committed
 * genmodel, so its settings survive), the project-wide settings below are enforced, the genmodel is
 * saved, and model and edit code are generated. Hand-owned files (MANIFEST.MF, build.properties,
 * plugin.xml, .project, .classpath) are restored after generation: the generator never owns them.
 */
public final class EmfGen {

	private static final List<String> HAND_OWNED = List.of("META-INF/MANIFEST.MF", "build.properties",
			"plugin.xml", ".project", ".classpath", "about.html");

	private EmfGen() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: EmfGen <repo-root> <project>/<path>.genmodel");
			System.exit(2);
		}
		Path root = Path.of(args[0]).toAbsolutePath().normalize();
		Path bundles = root.resolve("bundles");
		try (var dirs = Files.list(bundles)) {
			dirs.filter(Files::isDirectory).forEach(d -> EcorePlugin.getPlatformResourceMap()
					.put(d.getFileName().toString(), URI.createFileURI(d.toString() + "/")));
		}

		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		rs.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

		URI genModelUri = URI.createPlatformResourceURI(args[1], true);
		URI ecoreUri = genModelUri.trimFileExtension().appendFileExtension("ecore");
		EPackage ePackage = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);

		GenModel old = null;
		Path genModelFile = Path.of(EcorePlugin.resolvePlatformResourcePath(genModelUri.toPlatformString(true))
				.toFileString());
		if (Files.exists(genModelFile)) {
			old = (GenModel) rs.getResource(genModelUri, true).getContents().get(0);
		}
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(Collections.singleton(ePackage));
		if (old != null) {
			genModel.reconcile(old);
		}
		String project = genModelUri.segment(1);
		boolean withEdit = Files.isDirectory(root.resolve("bundles").resolve(project + ".edit"));
		configure(genModel, ecoreUri.lastSegment(), project, withEdit);

		Resource out = old != null ? old.eResource() : rs.createResource(genModelUri);
		out.getContents().clear();
		out.getContents().add(genModel);
		Map<Object, Object> saveOptions = new HashMap<>();
		saveOptions.put(Resource.OPTION_LINE_DELIMITER, "\n");
		out.save(saveOptions);
		System.out.println("saved " + genModelFile);

		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			print(valid);
			System.exit(1);
		}

		List<Path> projects = withEdit
				? List.of(projectDir(genModel.getModelProjectDirectory()), projectDir(genModel.getEditProjectDirectory()))
				: List.of(projectDir(genModel.getModelProjectDirectory()));
		Map<Path, byte[]> saved = snapshot(projects);

		genModel.setCanGenerate(true); // transient flag, false outside the Eclipse IDE
		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		BasicMonitor.Printing monitor = new BasicMonitor.Printing(System.out);
		int severity = Diagnostic.OK;
		List<Object> types = withEdit
				? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)
				: List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		for (Object type : types) {
			Diagnostic d = generator.generate(genModel, type, monitor);
			print(d);
			severity = Math.max(severity, d.getSeverity());
		}
		restore(projects, saved);
		if (severity >= Diagnostic.ERROR) {
			System.exit(1);
		}
		System.out.println("generated into " + projects);
	}

	/** Project-wide settings, enforced on every run so the genmodel cannot drift. */
	private static void configure(GenModel genModel, String ecoreFile, String project, boolean withEdit) {
		String prefix = prefix(project);
		genModel.setModelName(prefix);
		genModel.setModelPluginID(project);
		genModel.setEditPluginID(withEdit ? project + ".edit" : "");
		genModel.setModelDirectory("/" + project + "/src-gen");
		genModel.setEditDirectory(withEdit ? "/" + project + ".edit/src-gen" : "");
		genModel.setEditorDirectory("");
		genModel.setTestsDirectory("");
		genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
		genModel.setOSGiCompatible(true);
		genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setCopyrightFields(false);
		genModel.setSuppressGenModelAnnotations(true);
		genModel.setOperationReflection(true);
		if (withEdit) {
			genModel.setEditPluginClass(project + ".provider." + prefix + "EditPlugin");
		}
		genModel.setCodeFormatting(false);
		if (!genModel.getForeignModel().contains(ecoreFile)) {
			genModel.getForeignModel().add(ecoreFile);
		}
		for (GenPackage p : genModel.getGenPackages()) {
			p.setPrefix(prefix);
			p.setBasePackage("org.harapan");
			p.setDisposableProviderFactory(true);
			p.setMultipleEditorPages(false);
		}
	}

	/** The EMF prefix of a model bundle: Harapan for org.harapan.model, else the capitalised last segment. */
	private static String prefix(String project) {
		if (project.equals("org.harapan.model")) {
			return "Harapan";
		}
		String last = project.substring(project.lastIndexOf('.') + 1);
		return Character.toUpperCase(last.charAt(0)) + last.substring(1);
	}

	private static Path projectDir(String directory) {
		String projectName = (directory.startsWith("/") ? directory.substring(1) : directory).split("/")[0];
		URI location = EcorePlugin.getPlatformResourceMap().get(projectName);
		if (location == null) {
			throw new IllegalStateException("no folder bundles/" + projectName + " for " + directory);
		}
		return Path.of(location.toFileString());
	}

	private static Map<Path, byte[]> snapshot(List<Path> projects) throws IOException {
		Map<Path, byte[]> saved = new HashMap<>();
		for (Path p : projects) {
			for (String f : HAND_OWNED) {
				Path file = p.resolve(f);
				saved.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
			}
		}
		return saved;
	}

	private static void restore(List<Path> projects, Map<Path, byte[]> saved) throws IOException {
		List<String> restored = new ArrayList<>();
		for (Map.Entry<Path, byte[]> e : saved.entrySet()) {
			Path file = e.getKey();
			if (e.getValue() == null) {
				if (Files.deleteIfExists(file)) {
					restored.add("removed " + file);
				}
			} else if (!java.util.Arrays.equals(e.getValue(), Files.readAllBytes(file))) {
				Files.write(file, e.getValue());
				restored.add("restored " + file);
			}
		}
		restored.forEach(System.out::println);
	}

	private static void print(Diagnostic d) {
		if (d.getSeverity() != Diagnostic.OK) {
			System.out.println(d.getMessage());
			for (Diagnostic c : d.getChildren()) {
				print(c);
			}
		}
	}
}
