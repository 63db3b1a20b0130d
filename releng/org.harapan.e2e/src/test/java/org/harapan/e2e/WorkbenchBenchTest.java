package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code ./harapan bench ui} on small demo stores: the workbench starts into the caseload, types the searches, opens
 * household files and the script prints the figures (the figures themselves are not judged here).
 */
class WorkbenchBenchTest {

	@Test
	void benchUiPrintsStartSearchAndEditorFigures() throws Exception {
		assertNotNull(System.getenv("DISPLAY"), "./harapan test runs the tests on an Xvfb display; DISPLAY must be set"); //$NON-NLS-1$ //$NON-NLS-2$
		Path data = Files.createTempDirectory(Harapan.build(), "bench-data"); //$NON-NLS-1$
		ProcessBuilder builder = Harapan.command(data, "bench", "ui", "--small", "300", "--households", "1500", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--runs", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		builder.environment().put("TMPDIR", data.toString()); //$NON-NLS-1$
		Path outFile = data.resolve("bench.out"); //$NON-NLS-1$
		Path errFile = data.resolve("bench.err"); //$NON-NLS-1$
		Process process = builder.redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new AssertionError("./harapan bench ui did not end within 10 minutes: " + Files.readString(errFile)); //$NON-NLS-1$
		}
		assertEquals(0, process.exitValue(), Files.readString(errFile));
		String out = Files.readString(outFile);
		assertTrue(out.contains("Cold start of the workbench to the caseload showing rows, 300 households"), out); //$NON-NLS-1$
		assertTrue(out.matches("(?s).*run 1: \\d+ ms \\(\\d+ ms after the JVM started, \\d+ ms of CPU time.*"), out); //$NON-NLS-1$
		assertTrue(out.contains("Search as you type, 1500 households"), out); //$NON-NLS-1$
		assertTrue(out.matches("(?s).*nik\\s+16 characters: table\\s+[\\d.]+ ms.*, 1 households.*"), out); //$NON-NLS-1$
		// the NIK is also typed while the jobs of the start run; the rounds wait until they have ended
		assertTrue(out.matches("(?s).*nik\\s+6 characters: table\\s+[\\d.]+ ms [^\\n]*while busy:\\s+[\\d.]+\\).*"), out); //$NON-NLS-1$
		assertTrue(out.matches("(?s).*once the jobs of the start had ended \\([\\d.]+ ms after.*"), out); //$NON-NLS-1$
		assertTrue(out.matches("(?s).*name\\s+1 characters: table\\s+[\\d.]+ ms.*"), out); //$NON-NLS-1$
		assertTrue(out.matches("(?s).*median: [\\d.]+ / [\\d.]+ ms.*"), out); //$NON-NLS-1$
		System.out.println(out);
	}
}
