package org.svosim.simulation.bias.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
        List<CrowsPair> pairs = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int rows = 0;
        long lastLine = 1;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).build().parse(in)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ScenarioSourceException("CrowS-Pairs file " + file + " lacks column(s) " + missing
                        + "; its header is " + parser.getHeaderNames());
            }
            String idColumn = header.containsKey("") ? "" : header.containsKey("id") ? "id" : null;
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, file, lastLine)) {
                CSVRecord r = records.next();
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                rows++;
                try {
                    CrowsPair pair = pair(r, idColumn, header.size(), file, line);
                    if (!ids.add(pair.id())) {
                        throw new RowProblem("repeats id " + pair.id());
                    }
                    pairs.add(pair);
                } catch (RowProblem p) {
                    skipped.add(new SkippedRow(file, line, p.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new ScenarioSourceException("cannot read CrowS-Pairs file " + file + ": " + e.getMessage(), e);
        }
        return new Loaded<>(pairs, skipped, rows);
    }

    private static boolean hasNext(Iterator<CSVRecord> records, Path file, long lastLine) throws ScenarioSourceException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ScenarioSourceException("CrowS-Pairs file " + file + " is not valid CSV after line " + lastLine
                    + ": " + e.getMessage(), e);
        }
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
