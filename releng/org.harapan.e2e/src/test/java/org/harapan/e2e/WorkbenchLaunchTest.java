package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./harapan} with no argument opens a window titled "Harapan Workbench" on the display that
 * {@code ./harapan test} provides (Xvfb). Prints the time from start to the first window.
 */
class WorkbenchLaunchTest {

	@TempDir
	Path data;

	@Test
	void harapanOpensAWindowTitledHarapanWorkbench() throws Exception {
		String display = System.getenv("DISPLAY");
		assertNotNull(display, "./harapan test runs the tests on an Xvfb display; DISPLAY must be set");
		long start = System.nanoTime();
		Process process = Harapan.command(data).redirectErrorStream(true)
				.redirectOutput(Harapan.build().resolve("workbench-launch.log").toFile()).start();
		try {
			boolean found = false;
			while (!found && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(90) && process.isAlive()) {
				found = windowTree().contains("\"Harapan Workbench\"");
				if (!found) {
					Thread.sleep(200);
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			assertTrue(found, "no window titled \"Harapan Workbench\" within 90 s; see target/workbench-launch.log");
			System.out.printf("[figure] product start to first window: %.1f s%n", seconds);
			Files.writeString(Harapan.build().resolve("start-to-window.txt"), String.format("%.1f s%n", seconds));
		} finally {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
	}

	private static String windowTree() throws IOException, InterruptedException {
		Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
		String tree = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		xwininfo.waitFor();
		return tree;
	}
}
