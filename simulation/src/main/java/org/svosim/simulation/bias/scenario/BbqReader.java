package org.svosim.simulation.bias.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads BBQ category files as published ({@code <Category>.jsonl}, one item per line) into
 * scenarios: only items with {@code context_condition == "ambig"}, three scenarios each (see
 * {@link BbqScenarios}); disambiguated items are read and left out. Blank lines are ignored. A
 * malformed line (bad JSON, missing fields, no "unknown" answer, no recognisable stereotyped
 * group, repeated example_id) is skipped with its line number and reason.
 */
public final class BbqReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BbqReader() {
    }

    /**
     * The ambiguous-context scenarios of one file.
     *
     * @throws ScenarioSourceException if the file cannot be read
     */
    public static Loaded<Scenario> read(Path file) throws ScenarioSourceException {
        List<Scenario> scenarios = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                rows++;
                try {
                    List<Scenario> built = scenariosOf(line);
                    if (!built.isEmpty() && !seen.add(built.get(0).item())) {
                        throw new RowProblem("repeats example_id of item " + built.get(0).item());
                    }
                    scenarios.addAll(built);
                } catch (RowProblem p) {
                    skipped.add(new SkippedRow(file, number, p.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new ScenarioSourceException("cannot read BBQ file " + file + ": " + e.getMessage(), e);
        }
        return new Loaded<>(scenarios, skipped, rows);
    }

    /**
     * The scenarios of every {@code *.jsonl} file in {@code folder}, files in name order.
     *
     * @throws ScenarioSourceException if the folder or a file cannot be read, or holds no .jsonl file
     */
    public static Loaded<Scenario> readFolder(Path folder) throws ScenarioSourceException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new ScenarioSourceException("cannot list BBQ folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ScenarioSourceException("BBQ folder " + folder + " holds no .jsonl file (expected e.g. Age.jsonl)");
        }
        Loaded<Scenario> all = new Loaded<>(List.of(), List.of(), 0);
        for (Path f : files) {
            all = all.plus(read(f));
        }
        return all;
    }

    private static List<Scenario> scenariosOf(String line) throws RowProblem {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new RowProblem("not valid JSON: " + e.getOriginalMessage());
        }
        if (row == null || !row.isObject()) {
            throw new RowProblem("not a JSON object");
        }
        JsonNode condition = row.path("context_condition");
        if (!condition.isTextual()) {
            throw new RowProblem("context_condition is missing (expected \"ambig\" or \"disambig\")");
        }
        if (!condition.asText().strip().equalsIgnoreCase("ambig")) {
            return List.of();
        }
        return BbqScenarios.of(BbqItem.from(row));
    }
}
