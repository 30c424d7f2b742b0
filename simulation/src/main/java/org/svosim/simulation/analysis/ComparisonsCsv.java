package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.CsvTable;

/** comparisons.csv: one row per comparable pair of conditions (a minus b). */
final class ComparisonsCsv {
    static final String FILE = "comparisons.csv";
    static final List<String> COLUMNS = Column.names(ComparisonsColumns.ALL);

    private ComparisonsCsv() {
    }

    static Path write(Path runDir, List<Comparison> rows) throws IOException {
        Path file = runDir.resolve(FILE);
        CsvTable.write(file, COLUMNS, rows.stream().map(ComparisonsCsv::row).toList());
        return file;
    }

    static List<String> row(Comparison c) {
        return Arrays.asList(c.kind().label(), c.a().valueLabel(), number(c.a().targetDegrees()), c.a().backend(),
                c.a().modelId(), c.a().protocol(), c.b().backend(), c.b().modelId(), c.b().protocol(),
                integer(c.nA()), integer(c.nB()), number(c.angleDifference().value()),
                number(c.angleDifference().low()), number(c.angleDifference().high()),
                number(c.vrDifference().value()), number(c.vrDifference().low()), number(c.vrDifference().high()));
    }
}
