package org.harapan.ui.programme.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.harapan.programme.ComponentBenefit;
import org.harapan.programme.ComponentKind;
import org.harapan.programme.ParameterVersion;
import org.harapan.programme.Programme;
import org.harapan.programme.documents.ProgrammeDocuments;
import org.harapan.rules.RuleEngine;
import org.harapan.rules.RuleSet;
import org.harapan.ui.programme.ProgrammeEditor;
import org.harapan.ui.programme.ProgrammeInput;
import org.harapan.ui.testing.Workbench;

/** Fixtures: the installed national programme, a copy of it as a file, an editor open on it. */
final class Documents {

	static final String NATIONAL = "pkh.national"; //$NON-NLS-1$

	private Documents() {
	}

	/** The national programme document of the installed PKH rule set. */
	static Programme national() throws InterruptedException {
		for (RuleSet s : Workbench.service(RuleEngine.class).ruleSets()) {
			if (s.id().equals(NATIONAL)) {
				return s.programmes().get(0);
			}
		}
		throw new IllegalStateException("the national rule set is not installed"); //$NON-NLS-1$
	}

	/** A copy of the national programme written to {@code dir/pkh-copy.programme}. */
	static Path copy(Path dir) throws Exception {
		Path file = dir.resolve("pkh-copy.programme"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(file)) {
			ProgrammeDocuments.save(EcoreUtil.copy(national()), out);
		}
		return file;
	}

	/** Opens the programme editor on {@code file}. */
	static ProgrammeEditor open(Path file) throws Exception {
		ProgrammeEditor editor = (ProgrammeEditor) Workbench.page().openEditor(ProgrammeInput.of(file),
				ProgrammeEditor.ID);
		Workbench.waitUntil(() -> editor.page() != null && editor.page().tree() != null, "editor open", 30); //$NON-NLS-1$
		return editor;
	}

	/** Types {@code text} into the field of {@code feature} of the object shown and presses Enter. */
	static void type(ProgrammeEditor editor, EStructuralFeature feature, String text) {
		Text field = (Text) editor.page().details().field(feature);
		assertNotNull(field, "a field for " + feature.getName()); //$NON-NLS-1$
		field.setText(text);
		field.notifyListeners(SWT.DefaultSelection, new Event());
	}

	/** The latest version (from 1 April 2020) of a programme. */
	static ParameterVersion latest(Programme p) {
		return p.getVersions().get(p.getVersions().size() - 1);
	}

	/** The early-childhood component of a version. */
	static ComponentBenefit earlyChildhood(ParameterVersion v) {
		return v.getComponents().stream().filter(c -> c.getComponent() == ComponentKind.EARLY_CHILDHOOD).findFirst()
				.orElseThrow();
	}
}
