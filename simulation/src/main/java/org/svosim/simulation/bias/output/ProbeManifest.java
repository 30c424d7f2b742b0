package org.svosim.simulation.bias.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.simulation.bias.CallRow;
import org.svosim.simulation.bias.TaskKind;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.export.AtomicFile;

/**
 * A probe's {@code manifest.json}: identity, seed, config hash, tool versions, judges and their
 * models, scenario counts, the source rows skipped as malformed (count and first reasons), call
 * counts and the run's status.
 */
final class ProbeManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProbeManifest() {
    }

    static void write(RunFolder folder, ExperimentConfig config, Map<String, String> facts, ProbeResults results)
            throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("kind", "bias-probe");
        m.put("experiment", config.experiment());
        m.put("run_id", folder.runId());
        m.put("seed", config.seed());
        m.put("config_sha256", config.sha256());
        m.put("config_file", config.source().toAbsolutePath().toString());
        m.put("started_at", facts.get("started_at"));
        m.put("finished_at", facts.get("finished_at"));
        long failed = results.failedCalls();
        String stopped = facts.getOrDefault("stopped", "");
        m.put("status", facts.get("finished_at") == null ? "unfinished"
                : !stopped.isEmpty() ? "stopped (" + stopped + "); resume to finish"
                : failed == 0 ? "finished" : "finished with " + failed + " failed calls; resume to retry them");
        m.put("attempts", Integer.parseInt(facts.getOrDefault("attempts", "1")));
        ObjectNode versions = m.putObject("versions");
        facts.forEach((k, v) -> {
            if (k.endsWith("_version") && !k.startsWith("bias_schema")) {
                versions.put(k, v);
            }
        });
        ObjectNode judges = m.putObject("backends");
        for (String name : config.usedBackends()) {
            BackendSpec spec = config.backends().get(name);
            ObjectNode b = judges.putObject(name);
            b.put("provider", spec.provider());
            b.put("model", spec.model());
            b.put("role", config.bias().judges().contains(name) ? "judge" : "emulator");
        }
        ArrayNode conditions = m.putArray("conditions");
        config.bias().conditions().forEach(c -> conditions.add(c.configName()));
        ObjectNode scenarios = m.putObject("scenarios");
        scenarios.put("total", results.scenarios().size());
        Map<String, Integer> bySource = new TreeMap<>();
        for (Scenario s : results.scenarios().values()) {
            bySource.merge(s.source(), 1, Integer::sum);
        }
        bySource.forEach(scenarios.putObject("by_source")::put);
        scenarios.put("rows_read", Integer.parseInt(facts.getOrDefault("rows_read", "0")));
        scenarios.put("skipped_rows", Integer.parseInt(facts.getOrDefault("skipped_rows", "0")));
        scenarios.set("skipped_examples", JSON.readTree(facts.getOrDefault("skipped_examples", "[]")));
        ObjectNode calls = m.putObject("calls");
        for (TaskKind kind : TaskKind.values()) {
            calls.put(kind.name().toLowerCase(java.util.Locale.ROOT), results.calls(kind).size());
        }
        calls.put("failed", results.failedCalls());
        calls.put("cached", results.calls().stream().filter(CallRow::cached).count());
        calls.put("rejected_verdicts", results.calls(TaskKind.JUDGE).stream()
                .filter(c -> "REJECTED".equals(c.label())).count());
        String text = JSON.writeValueAsString(m) + "\n";
        AtomicFile.write(folder.manifest(), w -> w.write(text));
    }
}
