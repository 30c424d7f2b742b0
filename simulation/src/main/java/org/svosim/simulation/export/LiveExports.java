package org.svosim.simulation.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.SavedTrial;
import org.svosim.simulation.store.TrialRow;
import org.svosim.simulation.store.TrialTranscript;

/**
 * decisions.csv, trials.csv and transcripts.jsonl of a fresh run, written while it runs: each trial's
 * rows are formatted once, from the rows the run database has just committed, and appended to a
 * hidden spool file per export (which starts with the CSV header); at the end each export is
 * assembled from its spool in plan order, byte for byte the file {@link RunExports} writes from the
 * database, without reading it back. Trials are committed nearly in plan order, so rows are held back
 * until the trials planned before them are spooled ({@value #HELD} trials at most): the spool is then
 * already the export and is moved into place instead of copied (the 700 MB of a 100,000-trial run's
 * exports had been copied at the end of every run). The trial rows are kept too (the analysis at the
 * end of the run needs every one of them anyway).
 *
 * <p>Fed by the run database's writer thread, which only hands each trial over: a thread of the exports' own
 * ("svo-sim-spooler") formats and spools it, so the writer goes on with the database (it had spent 14 % of its
 * time formatting). At most {@value #WAITING} trials wait for it; the writer waits beyond. Everything that reads
 * the spools' state (covers, trials, answers, the writes) first waits until every trial fed is spooled; they are
 * called after the last trial was fed, and the exports are assembled then. If a spool cannot be written (disk
 * full, say), spooling stops and {@link #covers} says no, so the exports are written from the database instead:
 * the run never fails for this.
 */
public final class LiveExports implements Consumer<SavedTrial>, AutoCloseable {
    private static final int DECISIONS = 0;
    private static final int TRIALS = 1;
    private static final int TRANSCRIPTS = 2;
    /** How many trials may wait to be spooled before the feeding thread waits. */
    static final int WAITING = 1024;
    /** How many trials' rows may be held back to spool the trials in plan order. */
    static final int HELD = 2048;

    private final Map<Integer, SliderItem> items;
    private final List<ExportSpool> spools = new ArrayList<>();
    private final long[][] offsets;
    private final int[][] lengths;
    private final TrialRow[] trialRows;
    private final StringBuilder line = new StringBuilder(4096);
    private final CharArrayWriter jsonText = new CharArrayWriter(8192);
    private final JsonGenerator json;
    private final QuotedTexts texts = new QuotedTexts();
    private final AnswerTotals answers;
    /** The plan index of each trial with an answer no choice could be read from (to list those in plan order). */
    private final Map<String, Integer> planOfInvalid = new HashMap<>();
    private int trials;
    private volatile IOException failure;
    private final ExecutorService spooler = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "svo-sim-spooler");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore room = new Semaphore(WAITING);
    /** Rows of trials committed before some trial planned earlier, by plan index (spooler thread only). */
    private final TreeMap<Integer, byte[][]> heldBack = new TreeMap<>();
    /** The plan index whose rows are spooled next in plan order (spooler thread only). */
    private int nextInPlan;
    /** Where each spool's trial rows start (after the CSV header the spool begins with). */
    private final long[] rowsStart;

    private LiveExports(Path runDir, SliderMeasure measure, int planSize, boolean transcripts) throws IOException {
        this.items = measure.items().stream().collect(Collectors.toMap(SliderItem::number, Function.identity()));
        this.answers = new AnswerTotals(measure.primaryItems().stream().map(SliderItem::number)
                .collect(Collectors.toSet()));
        int files = transcripts ? 3 : 2;
        this.offsets = new long[files][planSize];
        this.lengths = new int[files][planSize];
        this.trialRows = new TrialRow[planSize];
        this.rowsStart = new long[files];
        for (int[] l : lengths) {
            Arrays.fill(l, -1);
        }
        this.json = TranscriptsJsonl.generator(jsonText);
        try {
            spools.add(ExportSpool.create(runDir.resolve(DecisionsCsv.FILE)));
            spools.add(ExportSpool.create(runDir.resolve(TrialsCsv.FILE)));
            if (transcripts) {
                spools.add(ExportSpool.create(runDir.resolve(TranscriptsJsonl.FILE)));
            }
            spools.get(DECISIONS).append(csvHeader(DecisionsCsv.COLUMNS));
            spools.get(TRIALS).append(csvHeader(TrialsCsv.COLUMNS));
            for (int f = 0; f < files; f++) {
                rowsStart[f] = spools.get(f).size();
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /**
     * Spools for a fresh run of a plan of {@code planSize} trials into {@code runDir} (with transcripts.jsonl
     * if {@code transcripts}); spools left there by processes that died are deleted first.
     */
    public static LiveExports start(Path runDir, SliderMeasure measure, int planSize, boolean transcripts)
            throws IOException {
        deleteLeftovers(runDir);
        return new LiveExports(runDir, measure, planSize, transcripts);
    }

    /**
     * Deletes the spool files a killed run left in a run folder: those of processes no longer alive (a run
     * still going in the folder keeps its own).
     */
    public static void deleteLeftovers(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path f : files.filter(LiveExports::leftOver).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Whether a file is a spool ({@code .<export>.<pid>.spool}) of a process that is gone. */
    private static boolean leftOver(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(".") || !name.endsWith(ExportSpool.SUFFIX)) {
            return false;
        }
        String withoutSuffix = name.substring(0, name.length() - ExportSpool.SUFFIX.length());
        try {
            long pid = Long.parseLong(withoutSuffix.substring(withoutSuffix.lastIndexOf('.') + 1));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Hands one committed trial over to be formatted and spooled (waiting while {@value #WAITING} trials wait);
     * after a failure, does nothing.
     */
    @Override
    public void accept(SavedTrial saved) {
        if (failure != null) {
            return;
        }
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IOException("interrupted while handing a trial to the export spools", e);
            return;
        }
        try {
            spooler.execute(() -> {
                try {
                    spoolNow(saved);
                } finally {
                    room.release();
                }
            });
        } catch (RejectedExecutionException e) {
            room.release();
            failure = new IOException("trial " + saved.trial().trialId() + " was committed after the exports were"
                    + " assembled", e);
        }
    }

    /** Formats one committed trial's rows and spools them (on the spooler thread); after a failure, does nothing. */
    private void spoolNow(SavedTrial saved) {
        if (failure != null) {
            return;
        }
        int plan = saved.trial().planIndex();
        try {
            if (plan < 0 || plan >= trialRows.length || trialRows[plan] != null) {
                throw new IOException("trial " + saved.trial().trialId() + " has plan index " + plan
                        + ", outside the plan or already spooled");
            }
            byte[][] rows = new byte[spools.size()][];
            rows[DECISIONS] = decisionRows(saved);
            line.setLength(0);
            CsvTable.appendRecord(line, TrialsCsv.cells(saved.trial()));
            rows[TRIALS] = line.toString().getBytes(StandardCharsets.UTF_8);
            if (spools.size() > TRANSCRIPTS) {
                jsonText.reset();
                TranscriptsJsonl.line(new TrialTranscript(saved.trial(), saved.messages()), json, texts);
                json.writeRaw('\n');
                json.flush();
                rows[TRANSCRIPTS] = jsonText.toString().getBytes(StandardCharsets.UTF_8);
            }
            trialRows[plan] = saved.trial();
            for (DecisionRow d : saved.decisions()) {
                answers.accept(d);
                if (d.method() == ParseMethod.INVALID) {
                    planOfInvalid.put(d.trialId(), plan);
                }
            }
            trials++;
            inPlanOrder(plan, rows);
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /**
     * Spools the trial's rows once every trial planned before it is spooled (trials are committed nearly in
     * plan order), holding at most {@value #HELD} trials back: the spools then usually are the exports
     * themselves. A trial held back longest is spooled anyway once more wait, and the ones before it when
     * they come.
     */
    private void inPlanOrder(int plan, byte[][] rows) throws IOException {
        if (plan != nextInPlan) {
            heldBack.put(plan, rows);
            if (heldBack.size() <= HELD) {
                return;
            }
            Map.Entry<Integer, byte[][]> overdue = heldBack.pollFirstEntry();
            plan = overdue.getKey();
            rows = overdue.getValue();
        }
        spool(plan, rows);
        nextInPlan = plan + 1;
        for (byte[][] next = heldBack.remove(nextInPlan); next != null; next = heldBack.remove(nextInPlan)) {
            spool(nextInPlan, next);
            nextInPlan++;
        }
    }

    /** Spools every trial still held back, in plan order (on the spooler thread, after the last trial). */
    private void spoolHeldBack() {
        try {
            for (Map.Entry<Integer, byte[][]> e : heldBack.entrySet()) {
                if (failure == null) {
                    spool(e.getKey(), e.getValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        heldBack.clear();
    }

    /** The trial's rows of decisions.csv, its own cells formatted once for all of them. */
    private byte[] decisionRows(SavedTrial saved) {
        line.setLength(0);
        CsvTable.appendCells(line, DecisionsCsv.trialCells(saved.trial()), true);
        String trialCells = line.toString();
        line.setLength(0);
        for (DecisionRow d : saved.decisions()) {
            line.append(trialCells).append(',');
            CsvTable.appendCells(line, DecisionsCsv.decisionCells(items.get(d.itemNumber()), d), false);
            line.append("\r\n");
        }
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void spool(int plan, byte[][] rows) throws IOException {
        for (int file = 0; file < rows.length; file++) {
            offsets[file][plan] = spools.get(file).append(rows[file]);
            lengths[file][plan] = rows[file].length;
        }
    }

    /**
     * Whether the spools hold every one of the {@code savedTrials} trials the run database holds (false after
     * a spooling failure, or when the database also holds trials of an earlier attempt).
     */
    public boolean covers(int savedTrials) {
        settle();
        return failure == null && trials == savedTrials;
    }

    /**
     * The spooled trials' rows in plan order: the rows run.db committed (so the same rows as reading them back),
     * kept so that the end of the run need not read them again. Only meaningful when {@link #covers} says yes.
     */
    public List<TrialRow> trials() {
        settle();
        List<TrialRow> rows = new ArrayList<>(trials);
        for (TrialRow t : trialRows) {
            if (t != null) {
                rows.add(t);
            }
        }
        return rows;
    }

    /**
     * The spooled trials' answer totals, summed as each trial was committed: the same totals as
     * {@link AnswerTotals#read} from the run database, the unreadable answers listed in plan order as there.
     * Only meaningful when {@link #covers} says yes.
     */
    public AnswerTotals answers() {
        settle();
        answers.orderInvalidAnswers(Comparator.<DecisionRow>comparingInt(d -> planOfInvalid.get(d.trialId()))
                .thenComparing(DecisionRow::trialId).thenComparingInt(DecisionRow::position));
        return answers;
    }

    /** Why spooling stopped, if it did. */
    public IOException failure() {
        settle();
        return failure;
    }

    /** Whether transcripts.jsonl is spooled too. */
    public boolean transcripts() {
        return spools.size() > TRANSCRIPTS;
    }

    /** Writes decisions.csv from its spool. The three exports may be written at once by three threads. */
    public void writeDecisions() throws IOException {
        assemble(DECISIONS);
    }

    /** Writes trials.csv from its spool. */
    public void writeTrials() throws IOException {
        assemble(TRIALS);
    }

    /** Writes transcripts.jsonl from its spool; only when {@link #transcripts()}. */
    public void writeTranscripts() throws IOException {
        if (!transcripts()) {
            throw new IllegalStateException("transcripts.jsonl was not spooled");
        }
        assemble(TRANSCRIPTS);
    }

    /**
     * Writes one export: when its spool holds the header (if a CSV) and then every spooled trial's bytes in plan
     * order and nothing else, the spool is moved into place; otherwise the header and the trials' bytes in plan
     * order (runs merged) are copied.
     */
    private void assemble(int file) throws IOException {
        settle();
        ExportSpool spool = spools.get(file);
        long[] offset = offsets[file];
        int[] length = lengths[file];
        List<long[]> runs = new ArrayList<>();
        for (int p = 0; p < length.length; p++) {
            if (length[p] < 0) {
                continue;
            }
            long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && offset[p] == last[0] + last[1]) {
                last[1] += length[p];
            } else {
                runs.add(new long[] {offset[p], length[p]});
            }
        }
        long start = rowsStart[file];
        boolean inPlanOrder = runs.isEmpty() ? spool.size() == start
                : runs.size() == 1 && runs.get(0)[0] == start && start + runs.get(0)[1] == spool.size();
        if (inPlanOrder) {
            spool.moveTo(spool.target());
            return;
        }
        AtomicFile.writeBytes(spool.target(), out -> {
            spool.copy(0, start, out);
            for (long[] run : runs) {
                spool.copy(run[0], run[1], out);
            }
        });
    }

    private static byte[] csvHeader(List<String> columns) {
        return CsvTable.record(columns).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Waits until every trial handed over is spooled (or spooling failed) and takes no more: the spools' state is
     * then final, and visible to the calling thread. Idempotent.
     */
    private synchronized void settle() {
        if (!spooler.isShutdown()) {
            spooler.execute(this::spoolHeldBack);
        }
        spooler.shutdown();
        try {
            while (!spooler.awaitTermination(1, TimeUnit.MINUTES)) {
                // a trial's rows take microseconds: keep waiting for the ones queued
                continue;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spooler.shutdownNow();
            failure = new IOException("interrupted while waiting for the export spools", e);
        }
    }

    /** Waits for the trials handed over, then deletes the spool files. */
    @Override
    public void close() throws IOException {
        settle();
        IOException first = null;
        for (ExportSpool s : spools) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
