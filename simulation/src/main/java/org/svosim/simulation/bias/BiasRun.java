package org.svosim.simulation.bias;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pekko.actor.typed.ActorSystem;
import org.svosim.agents.judge.JudgeRequests;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.simulation.bias.output.ProbeOutputs;
import org.svosim.simulation.bias.scenario.JsonlEmulatorCache;
import org.svosim.simulation.bias.scenario.Loaded;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.bias.scenario.ScenarioSourceException;
import org.svosim.simulation.config.BiasSettings;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.endpoint.CallResult;
import org.svosim.simulation.experiment.RunControl;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.experiment.RunEndpoints;
import org.svosim.simulation.experiment.RunOptions;

/**
 * Runs a social-bias judgement probe from a loaded config, or resumes one: reads the scenarios
 * (before any folder is made), stores them in a new {@code run.db}, runs every pending task in an
 * actor system, then writes the tables, plots and manifest from the database.
 */
public final class BiasRun {
    /** The emulator cache's file name under the output root, shared by every run there. */
    public static final String EMULATOR_CACHE = "emulator-cache.jsonl";

    private BiasRun() {
    }

    /**
     * What a probe left behind.
     *
     * @param folder     the run folder
     * @param tally      what this attempt did
     * @param scenarios  scenarios judged
     * @param skipped    source rows skipped as malformed
     */
    public record Result(RunFolder folder, BiasRunner.Tally tally, int scenarios, int skipped) {
    }

    /**
     * Starts a new probe.
     *
     * @throws IllegalArgumentException if a scenario source cannot be read or no scenario is left
     */
    public static Result start(ExperimentConfig config, RunOptions options, Function<String, String> environment,
                               RunControl control) throws IOException {
        BiasSettings bias = config.bias();
        Instant start = Instant.now();
        try (RunEndpoints endpoints = RunEndpoints.open(config, config.usedBackends(), config.concurrency(), options.cacheFile(), environment)) {
            Loaded<Scenario> loaded;
            try {
                loaded = ProbeScenarios.load(bias, config.seed(),
                        backend -> new GatewayEmulator(endpoints.gateways().get(backend)),
                        JsonlEmulatorCache.open(options.outputRoot().resolve(EMULATOR_CACHE)));
            } catch (ScenarioSourceException e) {
                throw new IllegalArgumentException(config.source() + ": " + e.getMessage(), e);
            }
            if (loaded.values().isEmpty()) {
                throw new IllegalArgumentException(config.source() + ": no scenario is left after the categories,"
                        + " filters and sampling of the bias section (" + loaded.rows() + " rows read, "
                        + loaded.skipped().size() + " skipped)");
            }
            RunFolder folder = RunFolder.create(options.outputRoot(), config.experiment(), start);
            Files.writeString(folder.config(), config.rawText(), StandardCharsets.UTF_8);
            try (BiasStore store = BiasStore.create(folder.database(), ProbeFacts.of(config, folder, start, loaded),
                    loaded.values())) {
                BiasRunner.Tally tally = execute(config, store, loaded.values(), Set.of(), List.of(), endpoints,
                        control);
                ProbeOutputs.write(folder, config);
                return new Result(folder, tally, loaded.values().size(), loaded.skipped().size());
            }
        }
    }

    /** Continues a probe: the tasks stored with a reply are kept, the others (and failed calls) run now. */
    public static Result resume(RunFolder folder, ExperimentConfig config, RunOptions options,
                                Function<String, String> environment, RunControl control) throws IOException {
        List<Scenario> scenarios;
        List<CallRow> calls;
        Map<String, String> facts;
        try (BiasReader reader = BiasReader.open(folder.database())) {
            facts = reader.facts();
            scenarios = reader.scenarios();
            calls = reader.calls();
        }
        if (!config.sha256().equals(facts.get(ProbeFacts.CONFIG_SHA256))) {
            throw new IllegalArgumentException("the config differs from the one " + folder.dir() + " was started with");
        }
        Set<String> done = calls.stream().filter(CallRow::ok).map(CallRow::taskId).collect(Collectors.toSet());
        List<BiasAnswer> explanations = new ArrayList<>();
        for (CallRow c : calls) {
            if (c.ok() && c.kind() == TaskKind.EXPLAIN) {
                BiasTask task = new BiasTask(c.taskId(), TaskKind.EXPLAIN, c.backend(), null, c.scenarioId(), null,
                        List.of(), 0);
                explanations.add(new BiasAnswer(task, new CallResult(c.rawReply(), c.modelId(), null, null, null,
                        null, c.latencyMs(), "", c.cached()), null, null, null, c.text()));
            }
        }
        try (RunEndpoints endpoints = RunEndpoints.open(config, config.usedBackends(), config.concurrency(), options.cacheFile(), environment);
             BiasStore store = BiasStore.open(folder.database())) {
            BiasRunner.Tally tally = execute(config, store, scenarios, done, explanations, endpoints, control);
            ProbeOutputs.write(folder, config);
            return new Result(folder, tally, scenarios.size(), Integer.parseInt(facts.getOrDefault(
                    ProbeFacts.SKIPPED_ROWS, "0")));
        }
    }

    /** Rewrites the tables, plots, report and manifest of a probe from its database; calls no model. */
    public static void reanalyze(RunFolder folder, ExperimentConfig config) throws IOException {
        ProbeOutputs.write(folder, config);
    }

    private static BiasRunner.Tally execute(ExperimentConfig config, BiasStore store, List<Scenario> scenarios,
                                            Set<String> done, List<BiasAnswer> explanations, RunEndpoints endpoints,
                                            RunControl control) throws IOException {
        store.beginAttempt();
        BiasSettings bias = config.bias();
        PromptTemplates templates = PromptTemplates.defaults().withOverrides(config.templateOverrides());
        BiasPlan plan = new BiasPlan(config.seed(), new JudgeRequests(templates));
        Map<String, Scenario> byId = new LinkedHashMap<>();
        scenarios.forEach(s -> byId.put(s.id(), s));
        BiasWork work = new BiasWork(plan.firstPhase(scenarios, bias.judges(), bias.conditions(), bias.explanations()),
                plan, bias.judges(), byId, endpoints.gateways(), bias.explanations(), done, explanations);
        CompletableFuture<BiasRunner.Tally> finished = new CompletableFuture<>();
        ActorSystem<BiasRunner.Command> system = ActorSystem.create(
                BiasRunner.create(work, config.concurrency(), store, finished), "svo-sim-bias");
        control.attach(reason -> system.tell(new BiasRunner.StopTakingWork(reason)));
        try {
            BiasRunner.Tally tally = finished.get();
            store.recordStop(tally.stopReason());
            return tally;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("probe interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("probe failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().join();
        }
    }
}
