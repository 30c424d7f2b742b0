package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    private static final String ALPHABET = "ab ,\"\r\n#!'-=.0\t\u00e9";

    @TempDir
    Path dir;

    @Test
    void aRecordAppendedInTwoRunsOfCellsIsTheSameRecord() {
        SplittableRandom random = new SplittableRandom(9);
        for (int r = 0; r < 2000; r++) {
            String[] cells = new String[2 + random.nextInt(6)];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = random.nextInt(6) == 0 ? null : random.nextInt(6) == 0 ? "" : randomText(random);
            }
            int split = 1 + random.nextInt(cells.length - 1);
            StringBuilder whole = new StringBuilder();
            CsvTable.appendRecord(whole, cells);
            StringBuilder parts = new StringBuilder();
            CsvTable.appendCells(parts, Arrays.copyOfRange(cells, 0, split), true);
            parts.append(',');
            CsvTable.appendCells(parts, Arrays.copyOfRange(cells, split, cells.length), false);
            parts.append("\r\n");

            assertThat(parts.toString()).isEqualTo(whole.toString());
        }
    }

    @Test
    void writesTheSameBytesAsCommonsCsvForAwkwardCells() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        List<String> header = List.of("id", "text", "more");
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList("", null, ""));
        rows.add(Arrays.asList(null, "", " lead"));
        rows.add(Arrays.asList("#x", "trail ", "\"q\""));
        for (int r = 0; r < 2000; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                row.add(random.nextInt(10) == 0 ? null : randomText(random));
            }
            rows.add(row);
        }
        Path file = dir.resolve("t.csv");
        CsvTable.write(file, header, rows);

        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(expected,
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
