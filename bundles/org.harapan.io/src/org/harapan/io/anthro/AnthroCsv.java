package org.harapan.io.anthro;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.harapan.growth.GrowthAssessor;
import org.harapan.growth.survey.AnthroBatch;
import org.harapan.growth.survey.Numbers;
import org.harapan.growth.survey.Prevalence;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
    public record Options(Path prevalenceOut, String byColumn, String clusterColumn) {
        public static Options none() {
            return new Options(null, null, null);
        }
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

    /** Rows per unit of parallel work. */
    private static final int CHUNK = 4096;

    /** Per-thread state of the workers. */
    private static final class Worker {
        final AnthroBatch batch;
        final Prevalence prevalence;
        final StringBuilder text = new StringBuilder(CHUNK * 160);

        Worker(GrowthAssessor assessor, List<String> header, boolean prevalence, boolean clustered) {
            batch = new AnthroBatch(assessor, header);
            this.prevalence = prevalence ? new Prevalence(clustered) : null;
        }
    }

    /** A processed chunk, ready to write. */
    private record Done(String text, long rows, long assessed, long withReason) {
    }

    /**
     * Runs the batch: a reader (this thread) parses chunks of rows, workers (one per processor) assess and format
     * them, and chunks are written in input order; at most a few chunks are in memory at any time.
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
        try (CsvReader<CsvRecord> reader = CsvReader.builder().missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).detectBomHeader(true)
                .ofCsvRecord(input, StandardCharsets.UTF_8);
                Writer writer = new BufferedWriter(
                        new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 17)) {
            Iterator<CsvRecord> it = reader.iterator();
            if (!it.hasNext()) {
                throw new IllegalArgumentException(input + " is empty: a header row is required");
            }
            List<String> header = it.next().getFields();
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
            writer.write(head.append('\n').toString());
            ThreadLocal<Worker> local = ThreadLocal.withInitial(() -> {
                Worker w = new Worker(assessor, header, wantPrevalence, cluster >= 0);
                workers.add(w);
                return w;
            });
            Deque<Future<Done>> inFlight = new ArrayDeque<>();
            List<List<String>> chunk = new ArrayList<>(CHUNK);
            while (true) {
                boolean more = it.hasNext();
                if (more) {
                    chunk.add(it.next().getFields());
                }
                if (chunk.size() == CHUNK || (!more && !chunk.isEmpty())) {
                    List<List<String>> work = chunk;
                    int width = header.size();
                    inFlight.add(pool.submit(() -> run(local.get(), work, width, header, by, cluster)));
                    chunk = new ArrayList<>(CHUNK);
                }
                while (!inFlight.isEmpty() && (inFlight.size() >= 2 * threads || !more)) {
                    Done done = await(inFlight.poll());
                    writer.write(done.text());
                    rows += done.rows();
                    assessed += done.assessed();
                    withReason += done.withReason();
                }
                if (!more) {
                    break;
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

    private static Done run(Worker w, List<List<String>> rows, int width, List<String> header, int by,
            int cluster) {
        StringBuilder text = w.text;
        text.setLength(0);
        long assessed = 0;
        long withReason = 0;
        for (List<String> fields : rows) {
            AnthroBatch batch = w.batch.process(fields);
            for (int i = 0; i < width; i++) {
                if (i > 0) {
                    text.append(',');
                }
                if (i < fields.size()) {
                    AnthroBatch.appendCsvField(text, fields.get(i), ',');
                }
            }
            w.batch.appendTo(text, ',');
            text.append('\n');
            if (batch.hasReason()) {
                withReason++;
            }
            if (batch.assessed()) {
                assessed++;
            }
            if (w.prevalence != null) {
                w.prevalence.add(w.batch.sheet(), by >= 0 ? header.get(by) + "=" + field(fields, by) : null,
                        cluster >= 0 ? field(fields, cluster) : null);
            }
        }
        return new Done(text.toString(), rows.size(), assessed, withReason);
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

    private static String field(List<String> fields, int i) {
        return i < fields.size() ? fields.get(i).trim() : "";
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
