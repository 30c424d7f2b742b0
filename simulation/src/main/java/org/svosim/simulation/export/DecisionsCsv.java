package org.svosim.simulation.export;

import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.label;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.svosim.games.slider.SliderItem;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * decisions.csv: one row per item answer, with the trial's condition columns joined so that the
 * file stands alone; in plan order, then asking order. A large file is written in parts, each a
 * contiguous range of the plan streamed by its own thread and database reader, then joined.
 */
final class DecisionsCsv {
    static final String FILE = "decisions.csv";
    static final List<String> COLUMNS = Column.names(DecisionColumns.ALL);
    /** Fewest trials per part: below this a part's thread and reader cost more than they save. */
    static final int MIN_TRIALS_PER_PART = 20_000;

    private DecisionsCsv() {
    }

    /**
     * Streams every answer of the given trials (plan order, as read by {@link RunReader#trials()}) into
     * decisions.csv, in up to {@code parts} parallel parts; answers of trials not in the list are skipped.
     */
    static void write(Path runDir, RunReader reader, List<TrialRow> trials, int parts) throws IOException {
        write(runDir, reader, trials, parts, MIN_TRIALS_PER_PART);
    }

    /** As {@link #write(Path, RunReader, List, int)} with parts of at least {@code minPerPart} trials. */
    static void write(Path runDir, RunReader reader, List<TrialRow> trials, int parts, int minPerPart)
            throws IOException {
        List<List<TrialRow>> ranges = ranges(trials, Math.max(1, Math.min(parts, trials.size() / minPerPart)));
        Map<Integer, SliderItem> items = reader.measure().items().stream()
                .collect(Collectors.toMap(SliderItem::number, Function.identity()));
        Path target = runDir.resolve(FILE);
        if (ranges.size() <= 1) {
            CsvTable.stream(target, COLUMNS, rows -> part(reader, trials, items, rows));
            return;
        }
        List<Path> files = new ArrayList<>();
        List<CompletableFuture<Void>> written = new ArrayList<>();
        try {
            for (int k = 0; k < ranges.size(); k++) {
                Path file = runDir.resolve("." + FILE + ".part" + k + "." + ProcessHandle.current().pid() + ".tmp");
                files.add(file);
                List<TrialRow> range = ranges.get(k);
                boolean header = k == 0;
                written.add(CompletableFuture.runAsync(() -> writePart(reader.file(), file, range, items, header)));
            }
            for (CompletableFuture<Void> w : written) {
                w.join();
            }
            AtomicFile.concatenate(target, files);
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            written.forEach(w -> w.cancel(true));
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void writePart(Path database, Path file, List<TrialRow> range, Map<Integer, SliderItem> items,
                                  boolean header) {
        try (RunReader own = RunReader.open(database);
             Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            CsvTable.rows(w, FILE, COLUMNS, header, rows -> part(own, range, items, rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the answers of one contiguous range of the plan into the rows. */
    private static void part(RunReader reader, List<TrialRow> range, Map<Integer, SliderItem> items,
                             CsvTable.Rows rows) throws IOException {
        if (range.isEmpty()) {
            return;
        }
        Map<String, TrialRow> trialById = new HashMap<>();
        range.forEach(t -> trialById.put(t.trialId(), t));
        try {
            reader.forEachDecision(range.get(0).planIndex(), range.get(range.size() - 1).planIndex(), d -> {
                TrialRow t = trialById.get(d.trialId());
                if (t != null) {
                    try {
                        rows.row(cells(t, items.get(d.itemNumber()), d));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The trials cut into up to {@code parts} contiguous ranges that never split one plan index. */
    static List<List<TrialRow>> ranges(List<TrialRow> trials, int parts) {
        List<List<TrialRow>> out = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= parts && start < trials.size(); k++) {
            int end = k == parts ? trials.size() : Math.max(start, (int) ((long) trials.size() * k / parts));
            while (end > start && end < trials.size()
                    && trials.get(end).planIndex() == trials.get(end - 1).planIndex()) {
                end++;
            }
            if (end > start) {
                out.add(trials.subList(start, end));
                start = end;
            }
        }
        return out;
    }

    static String[] cells(TrialRow t, SliderItem item, DecisionRow d) {
        String[] trial = trialCells(t);
        String[] decision = decisionCells(item, d);
        String[] all = new String[trial.length + decision.length];
        System.arraycopy(trial, 0, all, 0, trial.length);
        System.arraycopy(decision, 0, all, trial.length, decision.length);
        return all;
    }

    /** The first cells of each of the trial's rows: the trial's id and condition, the same in every row of it. */
    static String[] trialCells(TrialRow t) {
        return new String[] {t.trialId(), t.backend(), t.provider(), t.modelId(), t.valueLabel(),
                number(t.targetDegrees()), t.protocol(), integer(t.repetition()), label(t.status())};
    }

    /** The rest of a row's cells: the decision's own. */
    static String[] decisionCells(SliderItem item, DecisionRow d) {
        return new String[] {integer(d.itemNumber()), item == null ? null : label(item.kind()), integer(d.position()),
                d.shownOrderText(), d.shownLetter(), integer(d.chosenOption()), d.chosenLetter(),
                number(d.payoffSelf()), number(d.payoffOther()), label(d.method()), integer(d.attempts()),
                d.rawReply()};
    }
}
