package org.svosim.simulation.analysis;

import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.svosim.simulation.export.CsvTable;

/** comparisons.csv: one row per comparable pair of conditions (a minus b). */
final class ComparisonsCsv {
    static final String FILE = "comparisons.csv";
    static final List<String> COLUMNS = List.of("comparison", "value_label", "target_degrees", "backend_a",
            "model_id_a", "protocol_a", "backend_b", "model_id_b", "protocol_b", "n_valid_a", "n_valid_b",
            "angle_difference", "angle_diff_ci_low", "angle_diff_ci_high", "vr_difference", "vr_diff_ci_low",
            "vr_diff_ci_high");

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
