package org.svosim.simulation.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorSystem;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.agents.traffic.TrafficCounters;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.config.PriceTable;
import org.svosim.simulation.engine.RunEvent;
import org.svosim.simulation.engine.RunGuardian;
import org.svosim.simulation.engine.SpendLimit;
import org.svosim.simulation.estimate.RunEstimate;
import org.svosim.simulation.export.LiveExports;
import org.svosim.simulation.export.TrialCosts;
import org.svosim.simulation.engine.TrialKit;
import org.svosim.simulation.plan.ExperimentPlan;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.RunStore;

/**
 * Runs an experiment from a loaded config, or resumes an interrupted run: opens the endpoints,
 * runs the trials not yet stored in an actor system, and derives the tables, plots and
 * manifest from the run database.
 */
public final class ExperimentRun {
    private ExperimentRun() {
    }

    /**
     * What a run left behind.
     *
     * @param stored     trials stored by this invocation, by status
     * @param stopReason why it stopped before the plan was done, or null if the plan is done
     */
    public record Result(RunFolder folder, RunEvent.Progress stored, String stopReason) {
    }

    /** Starts a new run of {@code config} in a new run folder. */
    public static Result start(ExperimentConfig config, RunOptions options, Function<String, String> environment,
                               RunGuardian.Listener listener, RunControl control) throws IOException {
        ExperimentPlan plan = plan(config);
        SpendLimit limit = spendLimit(config, options, plan.trials(), 0.0);
        Instant start = Instant.now();
        try (RunEndpoints endpoints = RunEndpoints.open(config, config.usedBackends(), config.concurrency(), options.cacheFile(), environment)) {
            RunFolder folder = RunFolder.create(options.outputRoot(), config.experiment(), start);
            Files.writeString(folder.config(), config.rawText(), StandardCharsets.UTF_8);
            RunManifests.write(folder, RunManifests.started(config, folder, start));
            try (RunStore store = RunStore.create(folder.database(), header(config, folder, start),
                    config.measure());
                 LiveExports live = LiveExports.start(folder.dir(), config.measure(), plan.trials().size(),
                         options.transcripts())) {
                store.onCommitted(live);
                return execute(config, folder, store, plan.trials(), limit, endpoints, listener, control, start,
                        options.transcripts(), live);
            }
        }
    }

    /**
     * Continues an interrupted run: the trials already stored are kept, the others run now, so
     * that the run ends with exactly the trials an uninterrupted run would have.
     */
    public static Result resume(RunFolder folder, ExperimentConfig config, RunOptions options,
                                Function<String, String> environment, RunGuardian.Listener listener,
                                RunControl control) throws IOException {
        Instant started;
        double spentBefore;
        try (RunReader reader = RunReader.open(folder.database())) {
            folder.requireStartedWith(reader.header(), config.sha256());
            started = reader.header().startedAt();
            spentBefore = TrialCosts.of(reader).values().stream().mapToDouble(c -> c == null ? 0 : c).sum();
        }
        try (RunStore store = RunStore.open(folder.database())) {
            Set<String> saved = store.savedTrialIds();
            List<TrialSpec> pending = plan(config).trials().stream().filter(t -> !saved.contains(t.trialId()))
                    .toList();
            SpendLimit limit = spendLimit(config, options, pending, spentBefore);
            try (RunEndpoints endpoints = RunEndpoints.open(config, config.usedBackends(), config.concurrency(),
                    options.cacheFile(), environment)) {
                LiveExports.deleteLeftovers(folder.dir());
                return execute(config, folder, store, pending, limit, endpoints, listener, control, started,
                        options.transcripts(), null);
            }
        }
    }

    private static Result execute(ExperimentConfig config, RunFolder folder, RunStore store, List<TrialSpec> trials,
                                  SpendLimit limit, RunEndpoints endpoints, RunGuardian.Listener listener,
                                  RunControl control, Instant started, boolean transcripts, LiveExports live)
            throws IOException {
        store.beginAttempt();
        PromptTemplates templates = PromptTemplates.defaults().withOverrides(config.templateOverrides());
        TrialKit kit = new TrialKit(config.measure(), templates, protocolsByName(config.protocols()),
                endpoints.gateways(), PriceTable.of(config));
        CompletableFuture<RunEvent.RunEnded> done = new CompletableFuture<>();
        ActorSystem<RunGuardian.Command> system = ActorSystem.create(
                RunGuardian.create(trials, kit, config.concurrency(), limit, store, listener, done), "svo-sim");
        control.attach(system);
        RunEvent.RunEnded ended;
        try {
            ended = done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("run interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("run failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().join();
        }
        String status = ended.complete() ? "finished" : "stopped: " + ended.stopReason();
        Instant endedAt = Instant.now();
        RunManifest.Cache cache = endpoints.cacheStatistics();
        Map<String, TrafficCounters> traffic = endpoints.trafficCounters();
        // the final manifest counts the calls in run.db while the analysis begins; the report waits for it
        RunAnalysis.analyze(folder, transcripts, live, true, () -> {
            RunManifests.write(folder, RunManifests.ended(config, folder, started, endedAt, status, cache, traffic));
            return null;
        });
        return new Result(folder, ended.progress(), ended.stopReason());
    }

    /** The spending limit of this attempt, or null without a budget. */
    private static SpendLimit spendLimit(ExperimentConfig config, RunOptions options, List<TrialSpec> trials,
                                         double spentBefore) {
        Double budget = options.budgetUsd() != null ? options.budgetUsd() : config.budgetUsd();
        if (budget == null) {
            return null;
        }
        Double costliest = RunEstimate.of(config, trials).costliestTrial();
        if (costliest == null) {
            throw new IllegalArgumentException("a budget needs the price of every backend (price_input_per_million,"
                    + " price_output_per_million)");
        }
        return new SpendLimit(budget, spentBefore, costliest);
    }

    private static ExperimentPlan plan(ExperimentConfig config) {
        return ExperimentPlan.expand(config.seed(), config.agents(), config.values(), config.protocols(),
                config.repetitions());
    }

    private static Map<String, ProtocolSpec> protocolsByName(List<ProtocolSpec> protocols) {
        Map<String, ProtocolSpec> m = new LinkedHashMap<>();
        protocols.forEach(p -> m.put(p.name(), p));
        return m;
    }

    private static RunHeader header(ExperimentConfig config, RunFolder folder, Instant start) {
        Map<String, String> facts = new LinkedHashMap<>(ToolInfo.versions());
        facts.put(PriceTable.RUN_INFO_KEY, PriceTable.of(config).toJson());
        return new RunHeader(folder.runId(), config.experiment(), config.seed(), config.sha256(), config.rawText(),
                start, ToolInfo.version(), facts);
    }
}
