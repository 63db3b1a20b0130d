package org.harapan.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.SubMonitor;
import org.harapan.cli.Arguments;
import org.harapan.cli.ProgressLine;
import org.harapan.cli.UsageException;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

	@Test
	void optionsFlagsAndPositionalWords() {
		Arguments arguments = new Arguments(List.of("households", "--db", "/tmp/x", "--dry-run", "in.csv", "--region=64.01")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(Optional.of("/tmp/x"), arguments.option("--db")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Optional.of("64.01"), arguments.option("--region")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(arguments.flag("--dry-run")); //$NON-NLS-1$
		assertEquals(List.of("households", "in.csv"), arguments.positional()); //$NON-NLS-1$ //$NON-NLS-2$
		arguments.checkNoneLeft();
	}

	@Test
	void optionWithoutValueIsAUsageError() {
		Arguments arguments = new Arguments(List.of("--db")); //$NON-NLS-1$
		UsageException e = assertThrows(UsageException.class, () -> arguments.option("--db")); //$NON-NLS-1$
		assertEquals("option --db needs a value", e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void leftoverWordsAreRejected() {
		Arguments arguments = new Arguments(List.of("stray")); //$NON-NLS-1$
		UsageException e = assertThrows(UsageException.class, arguments::checkNoneLeft);
		assertEquals("unexpected argument 'stray'", e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void progressLineReportsPercentages() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
		SubMonitor monitor = SubMonitor.convert(line, "Importing", 4); //$NON-NLS-1$
		monitor.worked(2);
		assertEquals("Importing 50%", line.line()); //$NON-NLS-1$
		line.done();
		assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("Importing 100%"), bytes.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
	}
}
