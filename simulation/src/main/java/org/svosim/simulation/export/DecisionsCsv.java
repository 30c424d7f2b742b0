package org.svosim.simulation.export;

import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.label;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.svosim.games.slider.SliderItem;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * decisions.csv: one row per item answer, with the trial's condition columns joined so that the
 * file stands alone; in plan order, then asking order.
 */
final class DecisionsCsv {
    static final String FILE = "decisions.csv";
    static final List<String> COLUMNS = Column.names(DecisionColumns.ALL);

    private DecisionsCsv() {
    }

    /**
     * Streams every answer of the given trials from the database into decisions.csv and into
     * {@code also} (answers of trials not in the list are skipped).
     */
    static void write(Path runDir, RunReader reader, List<TrialRow> trials, Consumer<DecisionRow> also)
            throws IOException {
        Map<String, TrialRow> trialById = new HashMap<>();
        trials.forEach(t -> trialById.put(t.trialId(), t));
        Map<Integer, SliderItem> items = reader.measure().items().stream()
                .collect(Collectors.toMap(SliderItem::number, Function.identity()));
        CsvTable.stream(runDir.resolve(FILE), COLUMNS, rows -> {
            try {
                reader.forEachDecision(d -> {
                    TrialRow t = trialById.get(d.trialId());
                    if (t != null) {
                        try {
                            rows.row(cells(t, items.get(d.itemNumber()), d));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        also.accept(d);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    private static String[] cells(TrialRow t, SliderItem item, DecisionRow d) {
        return new String[] {d.trialId(), t.backend(), t.provider(), t.modelId(), t.valueLabel(),
                number(t.targetDegrees()), t.protocol(), integer(t.repetition()), label(t.status()),
                integer(d.itemNumber()), item == null ? null : label(item.kind()), integer(d.position()),
                d.shownOrderText(), d.shownLetter(), integer(d.chosenOption()), d.chosenLetter(),
                number(d.payoffSelf()), number(d.payoffOther()), label(d.method()), integer(d.attempts()),
                d.rawReply()};
    }
}
