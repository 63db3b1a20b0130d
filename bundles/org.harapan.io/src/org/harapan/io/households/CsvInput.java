package org.harapan.io.households;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file row by row (never the whole file) with Apache Commons CSV: UTF-8 with or without a byte
 * order mark, {@code ;} or {@code ,} as separator (whichever the header line has more of, outside quotes),
 * a header line naming the columns (any order, any case). Each row carries the line it starts on; empty lines
 * are kept (as rows of one empty cell) so they can be reported.
 */
public final class CsvInput implements Closeable {

	/** A row and the 1-based line it starts on. */
	public record Row(long line, CSVRecord record) {
		/** Whether the line is empty. */
		public boolean isEmpty() {
			return record.size() == 0 || record.size() == 1 && record.get(0).isBlank();
		}
	}

	private final Reader reader;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final char delimiter;
	private final List<String> header;
	private final int[] index;
	private final List<String> ignored = new ArrayList<>();
	private long consumedLine;
	private long position;

	/**
	 * Opens {@code file}; {@code columns} are the columns to read, each of which must be in the header.
	 *
	 * @throws IOException with a message naming the file when it cannot be read or lacks a column
	 */
	public CsvInput(Path file, List<String> columns) throws IOException {
		this(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)),
				1 << 16), file.toString(), columns);
	}

	public CsvInput(BufferedReader in, String name, List<String> columns) throws IOException {
		this.reader = in;
		in.mark(4);
		if (in.read() != '\uFEFF') {
			in.reset();
		}
		in.mark(1 << 20);
		String first = in.readLine();
		in.reset();
		if (first == null || first.isBlank()) {
			in.close();
			throw new IOException(name + ": empty file (expected a header line with " + String.join(",", columns) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		this.delimiter = delimiter(first);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		this.parser = format.parse(in);
		this.records = parser.iterator();
		List<String> names = new ArrayList<>();
		for (String cell : records.next()) {
			names.add(cell.trim().toLowerCase(Locale.ROOT));
		}
		this.header = List.copyOf(names);
		this.consumedLine = parser.getCurrentLineNumber();
		this.index = new int[columns.size()];
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			index[i] = header.indexOf(columns.get(i));
			if (index[i] < 0) {
				missing.add(columns.get(i));
			}
		}
		for (String h : header) {
			if (!columns.contains(h)) {
				ignored.add(h);
			}
		}
		if (!missing.isEmpty()) {
			close();
			throw new IOException(name + ": the header line lacks the column(s) " + String.join(", ", missing) //$NON-NLS-1$ //$NON-NLS-2$
					+ " (expected " + String.join(",", columns) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** {@code ;} when the line has more semicolons than commas outside quotes, else {@code ,}. */
	static char delimiter(String headerLine) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < headerLine.length(); i++) {
			char c = headerLine.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == ',') {
				commas++;
			} else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	public char delimiter() {
		return delimiter;
	}

	/** Header columns that are not read. */
	public List<String> ignoredColumns() {
		return List.copyOf(ignored);
	}

	/** Number of columns of the header: every row must have as many. */
	public int width() {
		return header.size();
	}

	/** The cell of the {@code i}-th requested column. */
	public String cell(Row row, int column) {
		return row.record().get(index[column]);
	}

	public boolean hasNext() {
		return records.hasNext();
	}

	/** The next row; it starts on the line after the end of the previous one. */
	public Row next() {
		long line = consumedLine + 1;
		CSVRecord record = records.next();
		consumedLine = parser.getCurrentLineNumber();
		position = record.getCharacterPosition();
		return new Row(line, record);
	}

	/** Characters read up to the start of the last row (for progress). */
	public long position() {
		return position;
	}

	@Override
	public void close() throws IOException {
		try {
			if (parser != null) {
				parser.close();
			}
		} finally {
			reader.close();
		}
	}
}
