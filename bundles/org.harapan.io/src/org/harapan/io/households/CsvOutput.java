package org.harapan.io.households;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV the way import reads it, always the same bytes for the same data: UTF-8 without byte order mark,
 * {@code ,} as separator, {@code \n} line ends, quotes only where a cell needs them, a header line.
 */
public final class CsvOutput implements Closeable {

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

	private final CSVPrinter printer;

	public CsvOutput(Path file, List<String> columns) throws IOException {
		this(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16),
				columns);
	}

	public CsvOutput(Writer out, List<String> columns) throws IOException {
		this.printer = new CSVPrinter(out, FORMAT);
		printer.printRecord(columns);
	}

	public void row(Object... cells) throws IOException {
		printer.printRecord(cells);
	}

	@Override
	public void close() throws IOException {
		printer.close(true);
	}
}
