package org.svosim.simulation.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorSystem;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.engine.RunEvent;
import org.svosim.simulation.engine.RunGuardian;
import org.svosim.simulation.engine.TrialKit;
import org.svosim.simulation.plan.ExperimentPlan;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.RunStore;

/**
 * Runs one experiment from a loaded config: creates the run folder, opens the endpoints,
 * runs the plan in an actor system, and derives the tables, plots and manifest from the
 * run database.
 */
public final class ExperimentRun {
    private ExperimentRun() {
    }

    /** What a finished run left behind. */
    public record Result(RunFolder folder, RunEvent.Progress progress) {
    }

    /**
     * @param outputRoot  where run folders go (the config's {@code output} unless overridden)
     * @param environment where API keys are read from (the process environment in production)
     * @param listener    progress events
     */
    public static Result execute(ExperimentConfig config, Path outputRoot, Function<String, String> environment,
                                 RunGuardian.Listener listener) throws IOException {
        PromptTemplates templates = PromptTemplates.defaults().withOverrides(config.templateOverrides());
        ExperimentPlan plan = ExperimentPlan.expand(config.seed(), config.agents(), config.values(),
                config.protocols(), config.repetitions());
        Map<String, EndpointGateway> endpoints = openEndpoints(config, environment);
        Instant start = Instant.now();
        RunFolder folder;
        RunEvent.Progress progress;
        try {
            folder = RunFolder.create(outputRoot, config.experiment(), start);
            Files.writeString(folder.config(), config.rawText(), StandardCharsets.UTF_8);
            RunManifests.write(folder, RunManifests.started(config, folder, plan, start));
        } catch (IOException | RuntimeException e) {
            endpoints.values().forEach(EndpointGateway::close);
            throw e;
        }
        try (RunStore store = RunStore.create(folder.database(), header(config, folder, start), config.measure())) {
            TrialKit kit = new TrialKit(config.measure(), templates, protocolsByName(config.protocols()), endpoints);
            CompletableFuture<RunEvent.Progress> done = new CompletableFuture<>();
            ActorSystem<RunGuardian.Command> system = ActorSystem.create(
                    RunGuardian.create(plan.trials(), kit, config.concurrency(), store, listener, done), "svo-sim");
            try {
                progress = done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("run interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException("run failed: " + e.getCause().getMessage(), e.getCause());
            } finally {
                system.terminate();
                system.getWhenTerminated().toCompletableFuture().join();
            }
        } finally {
            endpoints.values().forEach(EndpointGateway::close);
        }
        RunAnalysis.analyze(folder);
        RunManifests.write(folder, RunManifests.finished(config, folder, plan, start, Instant.now()));
        return new Result(folder, progress);
    }

    private static Map<String, EndpointGateway> openEndpoints(ExperimentConfig config,
                                                              Function<String, String> environment) {
        Map<String, EndpointGateway> endpoints = new LinkedHashMap<>();
        try {
            for (String name : config.usedBackends()) {
                BackendSpec spec = config.backends().get(name);
                endpoints.put(name, EndpointGateway.open(name, spec, environment, config.concurrency()));
            }
        } catch (RuntimeException e) {
            endpoints.values().forEach(EndpointGateway::close);
            throw e;
        }
        return endpoints;
    }

    private static Map<String, ProtocolSpec> protocolsByName(List<ProtocolSpec> protocols) {
        Map<String, ProtocolSpec> m = new LinkedHashMap<>();
        protocols.forEach(p -> m.put(p.name(), p));
        return m;
    }

    private static RunHeader header(ExperimentConfig config, RunFolder folder, Instant start) {
        return new RunHeader(folder.runId(), config.experiment(), config.seed(), config.sha256(), config.rawText(),
                start, ToolInfo.version(), ToolInfo.versions());
    }
}
