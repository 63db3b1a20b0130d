package org.harapan.ui.programme.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.harapan.casework.Casework;
import org.harapan.casework.CaseworkService;
import org.harapan.curriculum.Curriculum;
import org.harapan.curriculum.library.CurriculumLibrary;
import org.harapan.curriculum.library.CurriculumService;
import org.harapan.store.StoreLocation;
import org.harapan.ui.curriculum.CurriculumUi;

/**
 * Part of {@code harapan bench designer}: opening the national P2K2 curriculum as the curriculum editor does, on a
 * fresh temporary store holding the shipped curriculum: read the latest version from the store, validate it, build
 * the editor's body (outline beside details, {@link CurriculumUi#show}) in a window and show it until drawn.
 */
final class CurriculumEditorBench {

	private static final String P2K2 = "p2k2"; //$NON-NLS-1$
	private static final int RUNS = 20;

	private final CaseworkService caseworks;
	private final CurriculumService curricula;

	CurriculumEditorBench(CaseworkService caseworks, CurriculumService curricula) {
		this.caseworks = caseworks;
		this.curricula = curricula;
	}

	void run(PrintStream out) throws IOException {
		Display display = BenchDesignerCommand.display(out);
		if (display == null) {
			return;
		}
		Path folder = Files.createTempDirectory("harapan-bench-curriculum"); //$NON-NLS-1$
		try (Casework casework = caseworks.open(StoreLocation.embedded(folder.resolve("harapan")), //$NON-NLS-1$
				new NullProgressMonitor())) {
			CurriculumLibrary library = curricula.library(casework);
			long[] open = new long[RUNS];
			long cold = 0;
			for (int i = -RUNS; i < RUNS; i++) { // the first half warms up the JIT
				long start = System.nanoTime();
				openOnce(display, library);
				long nanos = System.nanoTime() - start;
				if (i == -RUNS) {
					cold = nanos;
				} else if (i >= 0) {
					open[i] = nanos;
				}
			}
			out.println(String.format("bench designer: open the national curriculum editor (read from the store, validate, " //$NON-NLS-1$
					+ "outline and details shown): median %.1f ms (target < 300 ms), the first (cold) %.0f ms", //$NON-NLS-1$
					BenchDesignerCommand.median(open), cold / 1_000_000.0));
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void openOnce(Display display, CurriculumLibrary library) throws IOException {
		Curriculum curriculum = library.latest(P2K2).orElseThrow(() -> new IOException(P2K2)).document();
		Diagnostic validation = library.kind().validate(curriculum, null);
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			CurriculumUi.show(shell, curriculum, validation);
			shell.setSize(1200, 800);
			shell.open();
			shell.update(); // painted
			while (display.readAndDispatch()) {
				// the events of opening
			}
		} finally {
			shell.dispose();
		}
	}
}
