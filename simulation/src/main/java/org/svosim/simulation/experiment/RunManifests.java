package org.svosim.simulation.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.traffic.TrafficCounters;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.export.CallTotals;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.CallGroup;
import org.svosim.simulation.store.RunReader;

/** Builds {@link RunManifest}s (at the start from the config; at the end from the run database) and writes them. */
public final class RunManifests {
    static final String SEED_RULE = "trial seed = first 8 bytes (big-endian) of SHA-256(\"<run seed>:<trial id>\")";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private RunManifests() {
    }

    public static RunManifest started(ExperimentConfig config, RunFolder folder, Instant start) {
        Map<String, RunManifest.Backend> backends = new LinkedHashMap<>();
        for (String name : config.usedBackends()) {
            BackendSpec spec = config.backends().get(name);
            backends.put(name, new RunManifest.Backend(spec.provider(), spec, List.of(), 0, 0, 0, 0, 0, null, 0.0));
        }
        return manifest(config, folder, "running", start, null, Map.of(), backends,
                new RunManifest.Totals(0, 0, 0, 0, 0, 0.0), new RunManifest.Cache(null, 0, 0), Map.of());
    }

    /**
     * The manifest at the end of an attempt, with every count read back from the run database (counted and
     * summed there: no trial or call row is read unless some price is not zero).
     */
    public static RunManifest ended(ExperimentConfig config, RunFolder folder, Instant start,
                                    Instant end, String status, RunManifest.Cache cache,
                                    Map<String, TrafficCounters> traffic) {
        try (RunReader reader = RunReader.open(folder.database())) {
            Map<String, Long> trials = new LinkedHashMap<>();
            Map<String, Long> stored = reader.trialsByStatus();
            for (TrialStatus s : TrialStatus.values()) {
                trials.put(s.label(), stored.getOrDefault(s.label(), 0L));
            }
            List<CallGroup> groups = reader.callUsage();
            Map<String, Double> costs = CallTotals.costByBackend(reader, groups);
            Map<String, RunManifest.Backend> backends = new LinkedHashMap<>();
            long n = 0;
            long cached = 0;
            long failed = 0;
            long in = 0;
            long out = 0;
            Double cost = 0.0;
            for (String name : config.usedBackends()) {
                RunManifest.Backend b = usage(config.backends().get(name), groups, costs.getOrDefault(name, 0.0),
                        reader.answeringModels(name), name);
                backends.put(name, b);
                n += b.calls();
                cached += b.cachedCalls();
                failed += b.failedCalls();
                in += b.inputTokens();
                out += b.outputTokens();
                cost = cost == null || b.costUsd() == null ? null : cost + b.costUsd();
            }
            return manifest(config, folder, status, start, end, trials, backends,
                    new RunManifest.Totals(n, cached, failed, in, out, cost), cache, traffic);
        }
    }

    /** One backend's calls from the database's sums (tokens of every call, cache hits included). */
    private static RunManifest.Backend usage(BackendSpec spec, List<CallGroup> groups, Double cost, List<String> models,
                                             String name) {
        long n = 0;
        long cached = 0;
        long failed = 0;
        long in = 0;
        long out = 0;
        long latency = 0;
        for (CallGroup g : groups) {
            if (!name.equals(g.backend())) {
                continue;
            }
            n += g.calls();
            cached += g.cached() ? g.calls() : 0;
            failed += g.ok() ? 0 : g.calls();
            in += g.inputTokens();
            out += g.outputTokens();
            latency += g.latencyMs();
        }
        return new RunManifest.Backend(spec.provider(), spec, models, n, cached, failed, in, out,
                n == 0 ? null : (double) latency / n, n == 0 ? Double.valueOf(0.0) : cost);
    }

    private static RunManifest manifest(ExperimentConfig config, RunFolder folder, String status,
                                        Instant start, Instant end, Map<String, Long> trials,
                                        Map<String, RunManifest.Backend> backends, RunManifest.Totals totals,
                                        RunManifest.Cache cache, Map<String, TrafficCounters> traffic) {
        return new RunManifest("svo-sim", ToolInfo.versions(), folder.runId(), config.experiment(),
                config.source().toAbsolutePath().normalize().toString(), config.sha256(), config.seed(), SEED_RULE, config.concurrency(), status,
                start.toString(), end == null ? null : end.toString(),
                end == null ? null : Duration.between(start, end).toMillis(), config.trialCount(), trials, backends, totals, cache,
                traffic);
    }

    /** The absolute path of the config file a run was started from, as its manifest records, or null. */
    public static Path configFile(RunFolder folder) {
        try {
            String path = JSON.readTree(folder.manifest().toFile()).path("config_file").asText(null);
            return path == null ? null : Path.of(path);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes {@code manifest.json} atomically (temp file, then move). */
    public static void write(RunFolder folder, RunManifest manifest) throws IOException {
        Path tmp = folder.dir().resolve(".manifest.json.tmp");
        JSON.writeValue(tmp.toFile(), manifest);
        Files.move(tmp, folder.manifest(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
