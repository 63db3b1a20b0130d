package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code ./harapan} with no argument opens a window titled "Harapan Workbench" on the display that
 * {@code ./harapan test} provides (Xvfb). Prints the time from start to the first window.
 */
class WorkbenchLaunchTest {

	@Test
	void harapanOpensAWindowTitledHarapanWorkbench() throws Exception {
		String display = System.getenv("DISPLAY");
		assertNotNull(display, "./harapan test runs the tests on an Xvfb display; DISPLAY must be set");
		Path data = Files.createTempDirectory(Harapan.build(), "workbench-data");
		long start = System.nanoTime();
		Process process = Harapan.command(data).redirectErrorStream(true)
				.redirectOutput(Harapan.build().resolve("workbench-launch.log").toFile()).start();
		try {
			boolean found = false;
			while (!found && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(90) && process.isAlive()) {
				found = Harapan.windowTree().contains("\"Harapan Workbench\"");
				if (!found) {
					Thread.sleep(200);
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			assertTrue(found, "no window titled \"Harapan Workbench\" within 90 s; see target/workbench-launch.log");
			System.out.printf("[figure] product start to first window: %.1f s%n", seconds);
			Files.writeString(Harapan.build().resolve("start-to-window.txt"), String.format("%.1f s%n", seconds));
		} finally {
			Harapan.stop(process);
		}
	}


}
