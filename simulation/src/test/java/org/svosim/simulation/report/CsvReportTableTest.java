package org.svosim.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysis CSVs shown in the report: header and rows as written, decimals rounded for reading. */
class CsvReportTableTest {
    @TempDir
    Path dir;

    @Test
    void readsHeaderAndRowsAndRoundsOnlyDecimals() throws IOException {
        Path csv = dir.resolve("conditions.csv");
        Files.writeString(csv, "backend,n,mean_angle,note\r\nsim,20,28.14160123226172,\"a, b\"\r\n"
                + "gpt,3,-0.0001,\r\n");

        ReportTable t = CsvReportTable.read(csv, "Conditions", "Circular statistics.", 2);

        assertThat(t.header()).containsExactly("backend", "n", "mean_angle", "note");
        assertThat(t.rows()).containsExactly(List.of("sim", "20", "28.14", "a, b"), List.of("gpt", "3", "0.00", ""));
        assertThat(t.title()).isEqualTo("Conditions");
    }

    @Test
    void summaryCsvOfARunReadsBackAsATable() throws IOException {
        SampleRun.exportInto(dir);

        ReportTable t = CsvReportTable.read(dir.resolve("summary.csv"), "Summary", "", 3);

        assertThat(t.header()).startsWith("backend", "provider", "model_id");
        assertThat(t.rows()).hasSize(2);
    }

    @Test
    void aLongTableShowsItsFirstRowsAndSaysHowManyTheFileHas() throws IOException {
        Path csv = dir.resolve("agents.csv");
        StringBuilder text = new StringBuilder("agent,total\r\n");
        for (int k = 1; k <= 5; k++) {
            text.append("a-").append(k).append(',').append(k).append("\r\n");
        }
        Files.writeString(csv, text.toString());

        ReportTable t = CsvReportTable.read(csv, "Agents", "Totals.", 2, 3);

        assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("a-1", "a-2", "a-3");
        assertThat(t.caption()).isEqualTo("Totals. Showing the first 3 of 5 rows; agents.csv has them all.");
        assertThat(CsvReportTable.read(csv, "Agents", "Totals.", 2, 5).caption()).isEqualTo("Totals.");
    }
}
