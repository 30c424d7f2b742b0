package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.CsvCells.flag;
import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.CsvTable;

/** calibration.csv: one row per backend x protocol (and per backend pooled over its protocols). */
final class CalibrationCsv {
    static final String FILE = "calibration.csv";
    static final List<String> COLUMNS = Column.names(CalibrationColumns.ALL);

    private CalibrationCsv() {
    }

    static Path write(Path runDir, List<Calibration> rows) throws IOException {
        Path file = runDir.resolve(FILE);
        CsvTable.write(file, COLUMNS, rows.stream().map(CalibrationCsv::row).toList());
        return file;
    }

    static List<String> row(Calibration c) {
        return Arrays.asList(c.backend(), c.protocol(), flag(c.protocol() == null), integer(c.n()),
                integer(c.nTargets()), number(c.slope().value()), number(c.slope().low()),
                number(c.slope().high()), number(c.intercept()), number(c.rSquared()), number(c.pull().value()),
                number(c.pull().low()), number(c.pull().high()), number(c.idealSlope()),
                number(c.pullVsIdeal()), c.reason());
    }
}
