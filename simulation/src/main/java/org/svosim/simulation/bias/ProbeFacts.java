package org.svosim.simulation.bias;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.simulation.bias.scenario.Loaded;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.bias.scenario.SkippedRow;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.experiment.ToolInfo;

/** The run_info facts of a probe: identity, config, tool versions and what scenario reading skipped. */
final class ProbeFacts {
    static final String SKIPPED_ROWS = "skipped_rows";
    static final String SKIPPED_EXAMPLES = "skipped_examples";
    static final String ROWS_READ = "rows_read";
    static final String CONFIG_SHA256 = "config_sha256";
    static final String STARTED_AT = "started_at";
    private static final int EXAMPLES = 20;

    private ProbeFacts() {
    }

    static Map<String, String> of(ExperimentConfig config, RunFolder folder, Instant start, Loaded<Scenario> loaded) {
        Map<String, String> facts = new LinkedHashMap<>(ToolInfo.versions());
        facts.put("run_id", folder.runId());
        facts.put("experiment", config.experiment());
        facts.put("kind", "bias-probe");
        facts.put("seed", Long.toString(config.seed()));
        facts.put(CONFIG_SHA256, config.sha256());
        facts.put("config_yaml", config.rawText());
        facts.put(STARTED_AT, start.toString());
        facts.put("tool_version", ToolInfo.version());
        facts.put(ROWS_READ, Integer.toString(loaded.rows()));
        facts.put(SKIPPED_ROWS, Integer.toString(loaded.skipped().size()));
        List<String> examples = loaded.skipped().stream().limit(EXAMPLES).map(SkippedRow::toString).toList();
        try {
            facts.put(SKIPPED_EXAMPLES, new ObjectMapper().writeValueAsString(examples));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write skipped rows as JSON", e);
        }
        return facts;
    }
}
