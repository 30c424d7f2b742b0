package org.svosim.simulation.bias.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the published CrowS-Pairs CSV ({@code crows_pairs_anonymized.csv}): columns
 * {@code sent_more, sent_less, stereo_antistereo, bias_type} are required, the id is the unnamed
 * first column (or {@code id}; else the record number). Quoted fields may span lines. A row
 * with a wrong number of fields, an empty sentence or bias type, a direction other than
 * stereo/antistereo, or a repeated id is skipped with its line and reason; broken quoting
 * stops the read with an error naming the file and line.
 */
public final class CrowsPairsReader {
    private static final List<String> REQUIRED = List.of("sent_more", "sent_less", "stereo_antistereo", "bias_type");

    private CrowsPairsReader() {
    }

    /** The pairs in {@code file}. */
    public static Loaded<CrowsPair> read(Path file) throws ScenarioSourceException {
        RowCollector<CrowsPair> rows = new RowCollector<>(file, p -> "id " + p.id());
        try (CsvRecords csv = CsvRecords.open(file)) {
            Map<String, Integer> header = csv.headerMap();
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ScenarioSourceException("CrowS-Pairs file " + file + " lacks column(s) " + missing
                        + "; its header is " + csv.header());
            }
            String idColumn = header.containsKey("") ? "" : header.containsKey("id") ? "id" : null;
            for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
                CsvRecords.Row r = row;
                rows.add(r.line(), () -> pair(r.record(), idColumn, header.size(), file, r.line()));
            }
        }
        return rows.loaded();
    }

    private static CrowsPair pair(CSVRecord r, String idColumn, int columns, Path file, long line) throws RowProblem {
        if (r.size() != columns) {
            throw new RowProblem("has " + r.size() + " fields, the header has " + columns);
        }
        String id = idColumn == null ? Long.toString(r.getRecordNumber()) : r.get(idColumn).strip();
        if (id.isEmpty()) {
            throw new RowProblem("has no id");
        }
        String direction = r.get("stereo_antistereo").strip().toLowerCase(Locale.ROOT);
        if (!direction.equals("stereo") && !direction.equals("antistereo")) {
            throw new RowProblem("stereo_antistereo must be stereo or antistereo, not '" + r.get("stereo_antistereo") + "'");
        }
        for (String column : List.of("sent_more", "sent_less", "bias_type")) {
            if (r.get(column).isBlank()) {
                throw new RowProblem(column + " is empty");
            }
        }
        return new CrowsPair(id, r.get("sent_more").strip(), r.get("sent_less").strip(), direction,
                r.get("bias_type").strip(), file, line);
    }
}
