package org.svosim.simulation.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.simulation.config.PriceTable;
import org.svosim.simulation.export.ConditionSummary;
import org.svosim.simulation.export.CallTotals;
import org.svosim.simulation.export.RunDigest;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * Everything the report shows, read once: the trials, the answers no choice could be read from, the
 * calls condensed with the recorded prices, the condition summaries (as computed for summary.csv,
 * costs included), the config as a tree and manifest.json if the folder has one.
 *
 * @param runDir   the run folder (figure links are relative to it)
 * @param config   the config YAML as a tree; a missing node if it cannot be parsed
 * @param manifest manifest.json as a tree; a missing node if the folder has none or it is unreadable
 */
record ReportData(Path runDir, RunHeader header, Optional<Instant> finishedAt, SliderMeasure measure,
                  List<TrialRow> trials, List<DecisionRow> invalidAnswers, CallTotals calls, PriceTable prices,
                  List<ConditionSummary> summaries, JsonNode config, JsonNode manifest, List<ReportFigure> figures,
                  List<ReportTable> extraTables) {

    static final String MANIFEST = "manifest.json";

    static ReportData read(RunReader reader, Path runDir, List<ReportFigure> figures, List<ReportTable> extraTables) {
        return read(reader, runDir, RunDigest.read(reader), figures, extraTables);
    }

    static ReportData read(RunReader reader, Path runDir, RunDigest digest, List<ReportFigure> figures,
                           List<ReportTable> extraTables) {
        return new ReportData(runDir, reader.header(), reader.finishedAt(), reader.measure(), digest.trials(),
                digest.answers().invalidAnswers(), digest.calls(), digest.calls().prices(), digest.summaries(),
                yaml(reader.header().configYaml()),
                json(runDir.resolve(MANIFEST)), List.copyOf(figures), List.copyOf(extraTables));
    }

    /** A tool or library version: from the manifest if present, else from the run header's facts, else "unknown". */
    String version(String key) {
        JsonNode v = manifest.path("versions").path(key);
        if (v.isTextual()) {
            return v.asText();
        }
        String fromHeader = key.equals("svo_sim") ? header.toolVersion() : header.extras().get(key);
        return fromHeader == null ? "unknown" : fromHeader;
    }

    private static JsonNode yaml(String text) {
        try {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(text);
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static JsonNode json(Path file) {
        if (!Files.isRegularFile(file)) {
            return MissingNode.getInstance();
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
