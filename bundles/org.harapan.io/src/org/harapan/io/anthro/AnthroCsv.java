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
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;

import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.survey.AnthroBatch;
import org.harapan.growth.survey.ByteLine;
import org.harapan.growth.survey.Numbers;
import org.harapan.growth.survey.Prevalence;
import org.harapan.io.csv.TextEncoding;
import org.harapan.io.households.Messages;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
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
    public record Summary(long rows, long assessed, long withReason, long nanos, boolean windows1252) {
        public Summary(long rows, long assessed, long withReason, long nanos) {
            this(rows, assessed, withReason, nanos, false);
        }

        public double rowsPerSecond() {
            return nanos == 0 ? 0 : rows / (nanos / 1e9);
        }

        public String line() {
            return String.format(Locale.ROOT, "%d rows: %d with z-scores, %d with a reason; %.1f s (%.0f rows/s)",
                    rows, assessed, withReason, nanos / 1e9, rowsPerSecond())
                    + (windows1252 ? "; " + Messages.windows1252 : "");
        }
    }

    private AnthroCsv() {
    }

    /** Bytes per unit of parallel work. */
    static final int BLOCK = 1 << 18;

    /** Per-thread state of the workers. */
    private static final class Worker {
        final AnthroBatch batch;
        final Prevalence prevalence;
        final Fields fields = new Fields();
        final ByteLine text = new ByteLine(BLOCK * 6);
        final FastSplit fast;
        /** Whether blocks that are not plain ASCII must be checked to be UTF-8. */
        final boolean checkUtf8;

        /** Output buffers already written, to reuse: memory stays a few blocks' worth. */
        final Queue<byte[]> free;

        /** Counts of the block being processed. */
        long rows;
        long assessed;
        long withReason;

        Worker(GrowthAssessor assessor, List<String> header, boolean prevalence, boolean clustered,
                Queue<byte[]> free, char separator, boolean checkUtf8) {
            this.free = free;
            this.checkUtf8 = checkUtf8;
            fast = new FastSplit(separator).bind(fields);
            batch = new AnthroBatch(assessor, header);
            this.prevalence = prevalence ? new Prevalence(clustered) : null;
        }
    }

    /** A processed chunk, ready to write. */
    private record Done(byte[] text, int length, long rows, long assessed, long withReason) {
    }

    static CsvReader.CsvReaderBuilder csv(char separator) {
        return CsvReader.builder().fieldSeparator(separator).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE);
    }

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
        // UTF-8 unless a byte order mark says otherwise; the blocks that are not plain ASCII are checked as they are
        // parsed, and a file that turns out not to be UTF-8 is read again as Windows-1252 (no pass over the file
        // before the work, which would cost the batch a tenth of its time)
        try {
            return process(input, output, assessor, options, TextEncoding.byMark(input), t0);
        } catch (NotUtf8 e) {
            return process(input, output, assessor, options, TextEncoding.windows1252(), t0);
        }
    }

    /** Thrown by a worker that finds a block that is not UTF-8 in a file assumed to be UTF-8. */
    private static final class NotUtf8 extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotUtf8() {
            super(null, null, false, false);
        }
    }

    private static Summary process(Path input, Path output, GrowthAssessor assessor, Options options,
            TextEncoding encoding, long t0) throws IOException {
        boolean checkUtf8 = encoding.isUtf8() && encoding.bom() == 0;
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
        try (InputStream in = encoding.utf8(input);
                OutputStream out = new BufferedOutputStream(OutputFile.open(output), 1 << 16)) {
            RecordChunks chunks = new RecordChunks(in, BLOCK);
            RecordChunks.Chunk first = chunks.next();
            if (checkUtf8 && first != null && !TextEncoding.isUtf8(first.bytes(), 0, first.length())) {
                throw new NotUtf8();
            }
            char sep = first == null ? ',' : AnthroHeader.separator(first);
            List<String> header;
            try {
                header = first == null ? null : AnthroHeader.read(first, sep);
            } catch (CsvParseException e) {
                throw new Malformed(first.offset(), e);
            }
            if (header == null) {
                throw new IllegalArgumentException(input + " is empty: a header row is required");
            }
            AnthroHeader.check(input, header);
            int by = column(header, options.byColumn());
            int cluster = column(header, options.clusterColumn());
            boolean wantPrevalence = options.prevalenceOut() != null;
            StringBuilder head = new StringBuilder();
            for (int i = 0; i < header.size(); i++) {
                if (i > 0) {
                    head.append(sep);
                }
                AnthroBatch.appendCsvField(head, header.get(i), sep);
            }
            for (String c : AnthroBatch.OUTPUT_COLUMNS) {
                head.append(sep).append(c);
            }
            out.write(head.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            Queue<byte[]> free = new ConcurrentLinkedQueue<>();
            ThreadLocal<Worker> local = ThreadLocal.withInitial(() -> {
                Worker w = new Worker(assessor, header, wantPrevalence, cluster >= 0, free, sep, checkUtf8);
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
                    inFlight.add(pool.submit(() -> run(local.get(), work, skip, header, by, cluster, sep)));
                    skipHeader = false;
                    chunk = chunks.next();
                }
                while (!inFlight.isEmpty() && (inFlight.size() >= 2 * threads || chunk == null)) {
                    Done done = await(inFlight.poll());
                    out.write(done.text(), 0, done.length());
                    if (free.size() < 4 * threads) {
                        free.offer(done.text());
                    }
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
        } catch (Malformed e) {
            throw Malformed.describe(input, e.chunkOffset, e.cause.getMessage());
        } finally {
            pool.shutdownNow();
        }
        if (prevalence != null) {
            writePrevalence(prevalence, options.prevalenceOut());
        }
        return new Summary(rows, assessed, withReason, System.nanoTime() - t0, encoding.fallback());
    }

    private static Done run(Worker w, RecordChunks.Chunk chunk, boolean skipHeader, List<String> header, int by,
            int cluster, char sep) throws IOException {
        w.text.clear();
        w.rows = 0;
        w.assessed = 0;
        w.withReason = 0;
        int width = header.size();
        Fields f = w.fields;
        if (!skipHeader && chunk.quoteFree() && chunk.length() <= FAST_MAX && w.fast.split(chunk, f)) {
            // the usual block: ASCII without quotes, so fields are just the text between commas and line breaks
            FastSplit fast = w.fast;
            while (fast.next(chunk)) {
                row(w, f, width, header, by, cluster, chunk.bytes(), sep);
            }
            return done(w);
        }
        if (w.checkUtf8 && !TextEncoding.isUtf8(chunk.bytes(), 0, chunk.length())) {
            throw new NotUtf8();
        }
        String block = new String(chunk.bytes(), 0, chunk.length(), StandardCharsets.UTF_8);
        try (CsvReader<Fields> reader = csv(sep).build(f, block)) {
            Iterator<Fields> it = reader.iterator();
            if (skipHeader && it.hasNext()) {
                it.next();
            }
            while (next(it, chunk)) {
                row(w, f, width, header, by, cluster, null, sep);
            }
        }
        return done(w);
    }

    /**
     * Assesses the record in {@code f}, writes its output line and counts it; {@code raw} is the block's text when
     * it is plain ASCII without quotes (the fields' positions in it are those of {@code f}), else {@code null}.
     */
    private static void row(Worker w, Fields f, int width, List<String> header, int by, int cluster, byte[] raw,
            char sep) {
        AnthroBatch batch = w.batch;
        batch.process(f.chars, f.start, f.end, f.count);
        if (raw != null) {
            batch.writeTo(w.text, width, sep, raw);
        } else {
            batch.writeTo(w.text, width, sep);
        }
        w.rows++;
        if (batch.hasReason()) {
            w.withReason++;
        }
        if (batch.assessed()) {
            w.assessed++;
        }
        if (w.prevalence != null) {
            w.prevalence.add(batch.sheet(), by >= 0 ? header.get(by) + "=" + f.trimmed(by) : null,
                    cluster >= 0 ? f.trimmed(cluster) : null);
        }
    }

    /** The worker's output buffer goes to the writer, which gives it back to the free queue once written. */
    private static Done done(Worker w) {
        int length = w.text.length();
        byte[] full = w.text.swap(w.free.poll());
        return new Done(full, length, w.rows, w.assessed, w.withReason);
    }

    /** Blocks up to this size may take the {@link FastSplit} path (FastCSV's buffer limit is far above). */
    private static final int FAST_MAX = 1 << 22;

    private static boolean next(Iterator<Fields> it, RecordChunks.Chunk chunk) {
        try {
            if (!it.hasNext()) {
                return false;
            }
            it.next();
            return true;
        } catch (CsvParseException e) {
            throw new Malformed(chunk.offset(), e);
        }
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
