package org.harapan.io.anthro;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.survey.AnthroBatch;
import org.harapan.growth.survey.ByteLine;
import org.harapan.growth.survey.Numbers;
import org.harapan.growth.survey.Prevalence;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * WHO-Anthro-compatible CSV batch: streams an input CSV (header row; columns as {@link AnthroBatch} describes)
 * to an output CSV with every input column kept and WHO Anthro's output columns, Permenkes categories and a
 * reason column appended; optionally computes prevalence estimates. Memory stays constant in the number of rows
 * (prevalence: proportional to groups x clusters).
 */
public final class AnthroCsv {

    /**
     * @param prevalenceOut where to write prevalence estimates, or {@code null}
     * @param byColumn group prevalence by this input column, or {@code null}
     * @param clusterColumn cluster id column for cluster-aware intervals, or {@code null} for a simple random
     *        sample
     */
    public record Options(Path prevalenceOut, String byColumn, String clusterColumn, Progress progress) {

        public Options(Path prevalenceOut, String byColumn, String clusterColumn) {
            this(prevalenceOut, byColumn, clusterColumn, null);
        }

        public static Options none() {
            return new Options(null, null, null, null);
        }

        public Options withProgress(Progress value) {
            return new Options(prevalenceOut, byColumn, clusterColumn, value);
        }
    }

    /** Told, on the reading thread, how far the run got: rows written and input bytes read of the file size. */
    @FunctionalInterface
    public interface Progress {
        void update(long rowsWritten, long bytesRead, long bytesTotal);
    }

    /** What a run did; {@link #line()} is the closing summary line. */
    public record Summary(long rows, long assessed, long withReason, long nanos) {
        public double rowsPerSecond() {
            return nanos == 0 ? 0 : rows / (nanos / 1e9);
        }

        public String line() {
            return String.format(Locale.ROOT, "%d rows: %d with z-scores, %d with a reason; %.1f s (%.0f rows/s)",
                    rows, assessed, withReason, nanos / 1e9, rowsPerSecond());
        }
    }

    private AnthroCsv() {
    }

    /** Bytes per unit of parallel work. */
    private static final int BLOCK = 1 << 18;

    /** Per-thread state of the workers. */
    private static final class Worker {
        final AnthroBatch batch;
        final Prevalence prevalence;
        final Fields fields = new Fields();
        final ByteLine text = new ByteLine(BLOCK * 6);

        Worker(GrowthAssessor assessor, List<String> header, boolean prevalence, boolean clustered) {
            batch = new AnthroBatch(assessor, header);
            this.prevalence = prevalence ? new Prevalence(clustered) : null;
        }
    }

    /**
     * FastCSV callback that keeps a record's fields as ranges of one reused char array, so that no String or
     * record object is created per row. Enforces FastCSV's default limits as its own record handler does.
     */
    private static final class Fields extends CsvCallbackHandler<Fields> {
        private static final int MAX_FIELDS = 16_384;
        private static final int MAX_FIELD_SIZE = 16_777_216;
        private static final int MAX_RECORD_SIZE = 4 * MAX_FIELD_SIZE;

        char[] chars = new char[1024];
        int[] start = new int[32];
        int[] end = new int[32];
        int count;
        private int used;
        private long line;
        private RecordType type = RecordType.DATA;

        @Override
        protected RecordType getRecordType() {
            return type;
        }

        @Override
        protected int getFieldCount() {
            return count;
        }

        @Override
        protected void beginRecord(long startingLineNumber) {
            line = startingLineNumber;
            used = 0;
            count = 0;
            type = RecordType.DATA;
        }

        @Override
        protected void addField(char[] buf, int offset, int len, boolean quoted) {
            if (len > MAX_FIELD_SIZE) {
                throw new CsvParseException("Field at index " + count + " in record starting at line " + line
                        + " exceeds the max field size of " + MAX_FIELD_SIZE + " characters");
            }
            if (used + len > MAX_RECORD_SIZE) {
                throw new CsvParseException("Field at index " + count + " in record starting at line " + line
                        + " exceeds the max record size of " + MAX_RECORD_SIZE + " characters");
            }
            if (count == start.length) {
                if (count >= MAX_FIELDS) {
                    throw new CsvParseException("Record starting at line " + line
                            + " has surpassed the maximum limit of " + MAX_FIELDS + " fields");
                }
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
            }
            if (used + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
            }
            System.arraycopy(buf, offset, chars, used, len);
            start[count] = used;
            used += len;
            end[count++] = used;
        }

        @Override
        protected void setComment(char[] buf, int offset, int len) {
            type = RecordType.COMMENT;
        }

        @Override
        protected void setEmpty() {
            type = RecordType.EMPTY;
            count = 1;
            start[0] = 0;
            end[0] = 0;
        }

        @Override
        protected Fields buildRecord() {
            return this;
        }

        String trimmed(int i) {
            return i < count ? new String(chars, start[i], end[i] - start[i]).trim() : "";
        }
    }

    /** A processed chunk, ready to write. */
    private record Done(byte[] text, long rows, long assessed, long withReason) {
    }

    private static final CsvReader.CsvReaderBuilder CSV = CsvReader.builder()
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE).extraFieldStrategy(FieldMismatchStrategy.IGNORE);

    /**
     * Runs the batch: a reader (this thread) cuts the file into blocks of whole records, workers (one per
     * processor) parse them with FastCSV, assess and format the rows, and the blocks are written in input order;
     * at most a few blocks are in memory at any time.
     *
     * @throws IOException on read/write errors
     * @throws IllegalArgumentException when required columns are missing
     */
    public static Summary process(Path input, Path output, GrowthAssessor assessor, Options options)
            throws IOException {
        long t0 = System.nanoTime();
        long rows = 0;
        long assessed = 0;
        long withReason = 0;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "anthro-csv");
            t.setDaemon(true);
            return t;
        });
        List<Worker> workers = Collections.synchronizedList(new ArrayList<>());
        Prevalence prevalence = null;
        long size = Files.size(input);
        try (InputStream in = Files.newInputStream(input);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            RecordChunks chunks = new RecordChunks(in, BLOCK);
            RecordChunks.Chunk first = chunks.next();
            List<String> header = first == null ? null : header(first);
            if (header == null) {
                throw new IllegalArgumentException(input + " is empty: a header row is required");
            }
            new AnthroBatch(assessor, header); // validates the columns before any work
            int by = column(header, options.byColumn());
            int cluster = column(header, options.clusterColumn());
            boolean wantPrevalence = options.prevalenceOut() != null;
            StringBuilder head = new StringBuilder();
            for (int i = 0; i < header.size(); i++) {
                if (i > 0) {
                    head.append(',');
                }
                AnthroBatch.appendCsvField(head, header.get(i), ',');
            }
            for (String c : AnthroBatch.OUTPUT_COLUMNS) {
                head.append(',').append(c);
            }
            out.write(head.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            ThreadLocal<Worker> local = ThreadLocal.withInitial(() -> {
                Worker w = new Worker(assessor, header, wantPrevalence, cluster >= 0);
                workers.add(w);
                return w;
            });
            Deque<Future<Done>> inFlight = new ArrayDeque<>();
            RecordChunks.Chunk chunk = first;
            boolean skipHeader = true;
            while (chunk != null || !inFlight.isEmpty()) {
                if (chunk != null) {
                    RecordChunks.Chunk work = chunk;
                    boolean skip = skipHeader;
                    inFlight.add(pool.submit(() -> run(local.get(), work, skip, header, by, cluster)));
                    skipHeader = false;
                    chunk = chunks.next();
                }
                while (!inFlight.isEmpty() && (inFlight.size() >= 2 * threads || chunk == null)) {
                    Done done = await(inFlight.poll());
                    out.write(done.text());
                    rows += done.rows();
                    assessed += done.assessed();
                    withReason += done.withReason();
                    if (options.progress() != null) {
                        options.progress().update(rows, chunks.bytesRead(), size);
                    }
                }
            }
            if (wantPrevalence) {
                prevalence = new Prevalence(cluster >= 0);
                for (Worker w : workers) {
                    prevalence.merge(w.prevalence);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (prevalence != null) {
            writePrevalence(prevalence, options.prevalenceOut());
        }
        return new Summary(rows, assessed, withReason, System.nanoTime() - t0);
    }

    /** The first record of the file's first block, or {@code null} when there is none. */
    private static List<String> header(RecordChunks.Chunk first) throws IOException {
        String text = new String(first.bytes(), 0, first.length(), StandardCharsets.UTF_8);
        try (CsvReader<CsvRecord> reader = CSV.ofCsvRecord(text)) {
            Iterator<CsvRecord> it = reader.iterator();
            return it.hasNext() ? it.next().getFields() : null;
        }
    }

    private static Done run(Worker w, RecordChunks.Chunk chunk, boolean skipHeader, List<String> header, int by,
            int cluster) throws IOException {
        ByteLine text = w.text;
        text.clear();
        long rows = 0;
        long assessed = 0;
        long withReason = 0;
        int width = header.size();
        AnthroBatch batch = w.batch;
        Fields f = w.fields;
        Prevalence prevalence = w.prevalence;
        String block = new String(chunk.bytes(), 0, chunk.length(), StandardCharsets.UTF_8);
        try (CsvReader<Fields> reader = CSV.build(f, block)) {
            Iterator<Fields> it = reader.iterator();
            if (skipHeader && it.hasNext()) {
                it.next();
            }
            while (it.hasNext()) {
                it.next();
                batch.process(f.chars, f.start, f.end, f.count);
                batch.writeTo(text, width, ',');
                rows++;
                if (batch.hasReason()) {
                    withReason++;
                }
                if (batch.assessed()) {
                    assessed++;
                }
                if (prevalence != null) {
                    prevalence.add(batch.sheet(), by >= 0 ? header.get(by) + "=" + f.trimmed(by) : null,
                            cluster >= 0 ? f.trimmed(cluster) : null);
                }
            }
        }
        return new Done(text.toByteArray(), rows, assessed, withReason);
    }

    private static Done await(Future<Done> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        }
    }

    private static int column(List<String> header, String name) {
        if (name == null) {
            return -1;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("input has no column " + name);
    }

    /** Writes estimates: group, indicator, cutoff, n, cases, prevalence and 95% CI in percent, mean z. */
    public static void writePrevalence(Prevalence prevalence, Path out) throws IOException {
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out,
                StandardCharsets.UTF_8)) {
            writer.writeRecord("group", "indicator", "cutoff", "n", "cases", "prevalence_pct", "ci95_lower_pct",
                    "ci95_upper_pct", "mean_z");
            StringBuilder b = new StringBuilder();
            for (Prevalence.Estimate e : prevalence.estimates()) {
                writer.writeRecord(e.group(), e.outcome().label(), e.cutoff(), Long.toString(e.n()),
                        Long.toString(e.cases()), fixed(b, e.percent(), 1), fixed(b, e.lower(), 1),
                        fixed(b, e.upper(), 1), fixed(b, e.meanZ(), 2));
            }
        }
    }

    private static String fixed(StringBuilder b, double v, int decimals) {
        b.setLength(0);
        Numbers.appendFixed(b, v, decimals);
        return b.toString();
    }
}
