package org.svosim.simulation.export;

import static org.svosim.simulation.export.CsvCells.flag;
import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.label;
import static org.svosim.simulation.export.CsvCells.number;
import static org.svosim.simulation.export.CsvCells.time;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.svosim.simulation.store.TrialRow;

/** trials.csv: one row per trial with every column of the {@code trials} table, in plan order. */
final class TrialsCsv {
    static final String FILE = "trials.csv";
    static final List<String> COLUMNS = Column.names(TrialColumns.ALL);

    private TrialsCsv() {
    }

    static void write(Path runDir, List<TrialRow> trials) throws IOException {
        CsvTable.stream(runDir.resolve(FILE), COLUMNS, rows -> {
            for (TrialRow t : trials) {
                rows.row(cells(t));
            }
        });
    }

    static String[] cells(TrialRow t) {
        return new String[] {t.trialId(), integer(t.planIndex()), t.backend(), t.provider(), t.modelId(),
                t.valueLabel(), number(t.targetDegrees()), label(t.targetCategory()), t.protocol(),
                integer(t.repetition()), integer(t.seed()), label(t.status()), t.failure(), number(t.angle()),
                label(t.category()), number(t.idealLow()), number(t.idealHigh()), number(t.angleError()),
                number(t.valueRationality()), flag(t.categoryHit()), number(t.choiceRationality()),
                number(t.iaIndex()), t.goalStatement(), integer(t.nItemsInvalid()), integer(t.nCalls()),
                integer(t.inputTokens()), integer(t.outputTokens()), time(t.startedAt()), time(t.finishedAt()),
                integer(t.durationMs())};
    }
}
