package org.svosim.simulation.export;

import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.label;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.simulation.store.DecisionRow;
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

    static void write(Path runDir, SliderMeasure measure, List<TrialRow> trials, List<DecisionRow> decisions)
            throws IOException {
        Map<String, TrialRow> trialById = trials.stream()
                .collect(Collectors.toMap(TrialRow::trialId, Function.identity()));
        Map<Integer, SliderItem> items = measure.items().stream()
                .collect(Collectors.toMap(SliderItem::number, Function.identity()));
        List<List<String>> rows = decisions.stream()
                .map(d -> row(trialById.get(d.trialId()), items.get(d.itemNumber()), d)).toList();
        CsvTable.write(runDir.resolve(FILE), COLUMNS, rows);
    }

    static List<String> row(TrialRow t, SliderItem item, DecisionRow d) {
        return Arrays.asList(d.trialId(), t.backend(), t.provider(), t.modelId(), t.valueLabel(),
                number(t.targetDegrees()), t.protocol(), integer(t.repetition()), label(t.status()),
                integer(d.itemNumber()), item == null ? null : label(item.kind()), integer(d.position()),
                d.shownOrderText(), d.shownLetter(), integer(d.chosenOption()), d.chosenLetter(),
                number(d.payoffSelf()), number(d.payoffOther()), label(d.method()), integer(d.attempts()),
                d.rawReply());
    }
}
