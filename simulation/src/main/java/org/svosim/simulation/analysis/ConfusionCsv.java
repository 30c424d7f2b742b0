package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.label;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.CsvTable;

/** confusion.csv: the category confusion matrices in long format, one row per cell. */
final class ConfusionCsv {
    static final String FILE = "confusion.csv";
    static final List<String> COLUMNS = Column.names(ConfusionColumns.ALL);

    private ConfusionCsv() {
    }

    static Path write(Path runDir, List<ConfusionCell> cells) throws IOException {
        Path file = runDir.resolve(FILE);
        CsvTable.write(file, COLUMNS, cells.stream().map(ConfusionCsv::row).toList());
        return file;
    }

    static List<String> row(ConfusionCell c) {
        return Arrays.asList(c.backend(), c.protocol(), label(c.targetCategory()), label(c.measuredCategory()),
                integer(c.n()), number(c.rowShare()));
    }
}
