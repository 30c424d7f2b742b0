package org.svosim.simulation.bias.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the generic scenario format (see {@link GenericRow}) from a {@code .jsonl} file (one
 * JSON object per line; numbers and booleans become text, nested values their JSON) or a
 * {@code .csv} file with a header row. Malformed rows (bad JSON, a missing required field, an
 * unknown gold label, a repeated id, a wrong number of CSV fields) are skipped with their line
 * and reason; a CSV header without the required columns or broken CSV quoting is an error.
 */
public final class GenericScenarioReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GenericScenarioReader() {
    }

    /**
     * The scenarios in {@code file}, under source name {@code source}.
     *
     * @throws ScenarioSourceException if the file cannot be read, has an unknown extension, or a CSV header lacks a required column
     */
    public static Loaded<Scenario> read(Path file, String source) throws ScenarioSourceException {
        if (source == null || source.isBlank()) {
            throw new ScenarioSourceException("a generic scenario file needs a source name (" + file + ")");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return readJsonl(file, source.strip());
            }
            if (name.endsWith(".csv")) {
                return readCsv(file, source.strip());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ScenarioSourceException("cannot read scenario file " + file + ": " + e.getMessage(), e);
        }
        throw new ScenarioSourceException("scenario file " + file + " must end in .jsonl or .csv");
    }

    private static Loaded<Scenario> readJsonl(Path file, String source) throws IOException {
        RowCollector<Scenario> rows = new RowCollector<>(file, s -> "id " + s.id());
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line;
                if (!text.isBlank()) {
                    rows.add(number, () -> GenericRow.toScenario(source, fields(text)));
                }
            }
        }
        return rows.loaded();
    }

    private static Map<String, String> fields(String line) throws RowProblem {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new RowProblem("not valid JSON: " + e.getOriginalMessage());
        }
        if (row == null || !row.isObject()) {
            throw new RowProblem("not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        row.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (!v.isNull()) {
                fields.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
            }
        });
        return fields;
    }

    private static Loaded<Scenario> readCsv(Path file, String source) throws ScenarioSourceException {
        RowCollector<Scenario> rows = new RowCollector<>(file, s -> "id " + s.id());
        try (CsvRecords csv = CsvRecords.open(file)) {
            List<String> header = csv.header();
            List<String> lower = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String required : List.of(GenericRow.ID, GenericRow.SCENARIO, GenericRow.GOLD)) {
                if (!lower.contains(required)) {
                    throw new ScenarioSourceException("scenario file " + file + " lacks column '" + required
                            + "' (required: id, scenario, gold_label); its header is " + header);
                }
            }
            for (CsvRecords.Row row = csv.next(); row != null; row = csv.next()) {
                CSVRecord r = row.record();
                rows.add(row.line(), () -> {
                    if (r.size() != header.size()) {
                        throw new RowProblem("has " + r.size() + " fields, the header has " + header.size());
                    }
                    return GenericRow.toScenario(source, r.toMap());
                });
            }
        }
        return rows.loaded();
    }
}
