package org.svosim.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.ColumnType;
import org.svosim.simulation.export.OutputTable;

/** codebook.md documents every column the export actually writes, so the two cannot drift apart. */
class CodebookWriterTest {
    @TempDir
    Path runDir;

    @BeforeEach
    void exportSampleRun() throws IOException {
        SampleRun.exportInto(runDir);
    }

    @Test
    void everyCsvHeaderWrittenByTheExportIsDocumentedUnderItsFile() throws IOException {
        Map<String, List<String>> documented = documentedColumns(CodebookWriter.write(runDir));

        for (String csv : List.of("trials.csv", "decisions.csv", "summary.csv")) {
            assertThat(documented).containsKey(csv);
            assertThat(documented.get(csv)).as(csv).containsExactlyElementsOf(header(runDir.resolve(csv)));
        }
    }

    @Test
    void everyFieldOfATranscriptLineAndItsMessagesIsDocumented() throws IOException {
        Map<String, List<String>> documented = documentedColumns(CodebookWriter.write(runDir));
        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(runDir.resolve("transcripts.jsonl")).get(0));

        List<String> written = new ArrayList<>();
        line.fieldNames().forEachRemaining(written::add);
        line.path("messages").get(0).fieldNames().forEachRemaining(f -> written.add("messages[]." + f));
        assertThat(documented.get("transcripts.jsonl")).containsExactlyElementsOf(written);
    }

    @Test
    void columnsShowTheirCsvTypeAndUnit() throws IOException {
        String codebook = Files.readString(CodebookWriter.write(runDir));

        assertThat(codebook).contains("| `angle` | decimal | deg | SVO angle `atan2(mean_other - 50, mean_self - 50)`")
                .contains("| `category_hit` | 0/1 |  |").contains("| `started_at` | timestamp |  |")
                .contains("| `messages` | array |  |");
    }

    @Test
    void extraTablesOfTheAnalysisAreDocumentedAfterTheExportsOnes() throws IOException {
        OutputTable extra = new OutputTable("circular.csv", "one row per condition",
                List.of(new Column("mean_direction", ColumnType.DECIMAL, "deg", "circular mean | of the angles")));

        Map<String, List<String>> documented = documentedColumns(CodebookWriter.write(runDir, List.of(extra)));

        assertThat(documented.keySet()).containsExactly("trials.csv", "decisions.csv", "summary.csv",
                "transcripts.jsonl", "circular.csv");
        assertThat(Files.readString(runDir.resolve("codebook.md"))).contains("circular mean \\| of the angles");
    }

    private static Map<String, List<String>> documentedColumns(Path codebook) throws IOException {
        return CodebookSections.documentedColumns(codebook);
    }

    private static List<String> header(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getHeaderNames();
        }
    }
}
