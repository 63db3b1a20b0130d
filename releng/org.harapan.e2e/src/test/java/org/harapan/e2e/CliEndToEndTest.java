package org.harapan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./harapan <command>} runs the headless CLI of the built product. */
class CliEndToEndTest {

	@TempDir
	Path data;

	@Test
	void versionPrintsTheProductVersionAndExitsZero() throws Exception {
		Harapan.Result result = Harapan.run(data, "version");
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.out().startsWith("Harapan Workbench 0.1.0."), result.out());
		assertTrue(result.out().contains("Data folder: " + data), result.out());
	}

	@Test
	void unknownCommandIsAClearErrorOnStderrWithNonZeroExit() throws Exception {
		Harapan.Result result = Harapan.run(data, "nosuchcommand");
		assertNotEquals(0, result.exitCode());
		assertEquals("", result.out());
		assertTrue(result.err().contains("unknown command 'nosuchcommand'"), result.err());
	}

	@Test
	void helpListsTheScriptCommandsAndTheCliCommands() throws Exception {
		Harapan.Result result = Harapan.run(data, "help");
		assertEquals(0, result.exitCode(), result.err());
		for (String word : new String[] { "./harapan test", "./harapan build", "version" }) {
			assertTrue(result.out().contains(word), word + " in\n" + result.out());
		}
	}

	@Test
	void withoutADisplayTheWorkbenchSaysHowToUseTheCli() throws Exception {
		ProcessBuilder builder = Harapan.command(data);
		builder.environment().remove("DISPLAY");
		builder.environment().remove("WAYLAND_DISPLAY");
		Harapan.Result result = Harapan.run(builder);
		assertEquals(1, result.exitCode());
		assertTrue(result.err().contains("no display"), result.err());
		assertTrue(result.err().contains("./harapan help"), result.err());
	}
}
