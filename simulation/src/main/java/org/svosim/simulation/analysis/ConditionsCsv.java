package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.Condition;
import org.svosim.simulation.export.CsvTable;

/** conditions.csv: one row per condition with its circular statistics and bootstrap intervals. */
final class ConditionsCsv {
    static final String FILE = "conditions.csv";
    static final List<String> COLUMNS = Column.names(ConditionsColumns.ALL);

    private ConditionsCsv() {
    }

    static Path write(Path runDir, List<ConditionStats> stats, int resamples) throws IOException {
        Path file = runDir.resolve(FILE);
        CsvTable.write(file, COLUMNS, stats.stream().map(s -> row(s, resamples)).toList());
        return file;
    }

    static List<String> row(ConditionStats s, int resamples) {
        Condition c = s.condition();
        return Arrays.asList(c.backend(), c.provider(), c.modelId(), c.protocol(), c.valueLabel(),
                number(c.targetDegrees()), integer(s.nTrials()), integer(s.nValid()),
                number(s.meanAngle().value()), number(s.meanAngle().low()), number(s.meanAngle().high()),
                number(s.angle().resultantLength()), number(s.angle().sdDegrees()),
                number(s.valueRationality().value()), number(s.valueRationality().low()),
                number(s.valueRationality().high()), number(s.categoryHitRate().value()),
                number(s.categoryHitRate().low()), number(s.categoryHitRate().high()),
                Bootstrap.largeSample(s.nValid()) ? null : integer(resamples));
    }
}
