package org.harapan.io.households;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.harapan.io.csv.TextEncoding;

/**
 * Reads a CSV file row by row (never the whole file) with Apache Commons CSV, in the encoding
 * {@link TextEncoding} finds (UTF-8 with or without byte order mark, UTF-16 with one, else Windows-1252),
 * {@code ;} or {@code ,} as separator (whichever the header line has more of, outside quotes; Excel's
 * {@code sep=;} first line is understood), a header line naming the columns (any order, any case). Only the
 * required columns must be in the header; a column read twice is refused naming both positions. Each row carries
 * the line it starts on; empty lines inside the file are kept (as rows of one empty cell) so they can be reported,
 * empty lines at the end are skipped.
 */
public final class CsvInput implements Closeable {

	/** A row and the 1-based line it starts on. */
	public record Row(long line, CSVRecord record) {
		/** Whether the line is empty (or has only empty cells, as Excel writes below a table). */
		public boolean isEmpty() {
			for (String cell : record) {
				if (!cell.isBlank()) {
					return false;
				}
			}
			return true;
		}
	}

	private final Reader reader;
	private final TextEncoding encoding;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final char delimiter;
	private final List<String> header;
	private final int[] index;
	private final List<String> ignored = new ArrayList<>();
	private final Deque<Row> ahead = new ArrayDeque<>();
	private final long lineOffset;
	private long consumedLine;
	private long position;

	/**
	 * Opens {@code file}; {@code columns} are the columns to read, {@code required} those of them the header must
	 * have (a missing optional column reads as empty cells).
	 *
	 * @throws HeaderException when the header line cannot be used
	 * @throws IOException     when the file cannot be read
	 */
	public CsvInput(Path file, List<String> columns, Collection<String> required) throws IOException {
		this(TextEncoding.of(file), file, columns, required);
	}

	private CsvInput(TextEncoding encoding, Path file, List<String> columns, Collection<String> required)
			throws IOException {
		this(encoding.reader(file), encoding, columns, required);
	}

	public CsvInput(BufferedReader in, TextEncoding encoding, List<String> columns, Collection<String> required)
			throws IOException {
		this.reader = in;
		this.encoding = encoding;
		in.mark(4);
		if (in.read() != '\uFEFF') {
			in.reset();
		}
		in.mark(1 << 20);
		String first = in.readLine();
		Character sep = null;
		long offset = 0;
		if (first != null && first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) { //$NON-NLS-1$
			sep = first.charAt(4);
			offset = 1;
			in.mark(1 << 20);
			first = in.readLine();
		}
		in.reset();
		this.lineOffset = offset;
		if (first == null || first.isBlank()) {
			in.close();
			throw new HeaderException(new RowProblem(1 + offset, null,
					NLS.bind(Messages.emptyFile, String.join(",", required)))); //$NON-NLS-1$
		}
		this.delimiter = sep != null ? sep : delimiter(first);
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
		try {
			for (int i = 0; i < columns.size(); i++) {
				String column = columns.get(i);
				index[i] = header.indexOf(column);
				int again = header.lastIndexOf(column);
				if (again != index[i]) {
					throw new HeaderException(new RowProblem(1 + offset, column,
							NLS.bind(Messages.columnTwice, index[i] + 1, again + 1)));
				}
			}
			List<String> missing = new ArrayList<>();
			for (String column : required) {
				if (!header.contains(column)) {
					missing.add(column);
				}
			}
			if (!missing.isEmpty()) {
				throw new HeaderException(new RowProblem(1 + offset, missing.get(0),
						NLS.bind(Messages.columnsMissing, String.join(", ", missing), String.join(",", required)))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (HeaderException e) {
			close();
			throw e;
		}
		for (String h : header) {
			if (!columns.contains(h)) {
				ignored.add(h);
			}
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

	/** The encoding the file is read in. */
	public TextEncoding encoding() {
		return encoding;
	}

	/** Header columns that are not read. */
	public List<String> ignoredColumns() {
		return List.copyOf(ignored);
	}

	/** Number of columns of the header: every row must have as many. */
	public int width() {
		return header.size();
	}

	/** Whether the header has the {@code i}-th requested column. */
	public boolean has(int column) {
		return index[column] >= 0;
	}

	/** The cell of the {@code i}-th requested column; empty when the header does not have it. */
	public String cell(Row row, int column) {
		int i = index[column];
		return i < 0 || i >= row.record().size() ? "" : row.record().get(i); //$NON-NLS-1$
	}

	/** Whether a row follows; empty lines at the end of the file are not rows. */
	public boolean hasNext() {
		if (!ahead.isEmpty() && !ahead.peekLast().isEmpty()) {
			return true;
		}
		while (records.hasNext()) {
			Row row = read();
			ahead.add(row);
			if (!row.isEmpty()) {
				return true;
			}
		}
		ahead.clear();
		return false;
	}

	/** The next row; it starts on the line after the end of the previous one. */
	public Row next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return ahead.poll();
	}

	private Row read() {
		long line = consumedLine + 1;
		CSVRecord record = records.next();
		consumedLine = parser.getCurrentLineNumber();
		position = record.getCharacterPosition();
		return new Row(line + lineOffset, record);
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
