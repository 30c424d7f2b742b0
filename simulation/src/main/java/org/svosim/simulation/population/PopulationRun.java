package org.svosim.simulation.population;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorSystem;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.config.PopulationSpec;
import org.svosim.simulation.config.PopulationSpec.GroupSpec;
import org.svosim.simulation.config.PriceTable;
import org.svosim.simulation.engine.TrialKit;
import org.svosim.simulation.experiment.RunControl;
import org.svosim.simulation.experiment.RunEndpoints;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.experiment.RunManifest;
import org.svosim.simulation.experiment.RunManifests;
import org.svosim.simulation.experiment.RunOptions;
import org.svosim.simulation.experiment.ToolInfo;
import org.svosim.simulation.plan.TrialSeeds;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.RunStore;

/**
 * Runs a config with a {@code population:} section into a new run folder, or resumes one: config.yaml,
 * manifest, run.db (run facts plus the {@code matches} and {@code moves} tables) and the files of
 * {@link PopulationOutputs}; with a slider plan each agent's slider interview is a trial
 * {@code slider/<agent>} of run.db's trials, decisions, messages and calls tables ({@link SliderSessions}).
 * A resumed run plays only the matches and interviews run.db lacks, its agents starting with the
 * memory rebuilt from the stored matches ({@link StoredProgress}), so it ends with what an
 * uninterrupted run would have.
 */
public final class PopulationRun {
    private PopulationRun() {
    }

    /**
     * What a population run left behind.
     *
     * @param folder     the run folder
     * @param matches    every stored match, in schedule order (earlier attempts' included); the moves' question
     *                   and reply texts may be left out (run.db has them)
     * @param decisions  every decision asked
     * @param stopReason why the run stopped before its plan was done, or null when it is done
     */
    public record Result(RunFolder folder, List<MatchRecord> matches, List<PlayedDecision> decisions,
                         String stopReason) {
        /** Matches abandoned after a failed or late move. */
        public long abandoned() {
            return matches.stream().filter(m -> m.status().equals(MatchRecord.ABANDONED)).count();
        }
    }

    /** The members of a population, group by group, each with its derived seed. */
    public static List<Member> members(ExperimentConfig config) {
        List<Member> out = new ArrayList<>();
        for (GroupSpec g : config.population().groups()) {
            for (int k = 1; k <= g.count(); k++) {
                String name = g.name() + "-" + k;
                out.add(new Member(name, g.name(), g.backend(), g.value(), TrialSeeds.derive(config.seed(), "agent:" + name)));
            }
        }
        return out;
    }

    /** Every planned match of {@code config}, in schedule order. */
    public static List<MatchPlan> plans(ExperimentConfig config) {
        return MatchSchedule.of(config.population(), TrialSeeds.derive(config.seed(), "pairing"));
    }

    /** Starts a new run of {@code config} in a new run folder. */
    public static Result start(ExperimentConfig config, RunOptions options, Function<String, String> environment,
                               RunControl control) throws IOException {
        Instant start = Instant.now();
        RunFolder folder = RunFolder.create(options.outputRoot(), config.experiment(), start);
        Files.writeString(folder.config(), config.rawText(), StandardCharsets.UTF_8);
        RunManifests.write(folder, RunManifests.started(config, folder, start));
        RunStore.create(folder.database(), new RunHeader(folder.runId(), config.experiment(), config.seed(),
                config.sha256(), config.rawText(), start, ToolInfo.version(), ToolInfo.versions()),
                MurphySliderItems.primary()).close();
        return execute(config, folder, StoredProgress.none(), start, environment, control);
    }

    /**
     * Continues an interrupted run in {@code folder}: the matches and slider interviews its run.db
     * holds are kept, the others run now.
     *
     * @throws IllegalArgumentException when {@code config} is not the one the run was started with,
     *                                  or run.db does not fit it
     */
    public static Result resume(RunFolder folder, ExperimentConfig config, Function<String, String> environment,
                                RunControl control) throws IOException {
        Instant started;
        try (RunReader reader = RunReader.open(folder.database())) {
            folder.requireStartedWith(reader.header(), config.sha256());
            started = reader.header().startedAt();
        }
        StoredProgress stored = StoredProgress.read(folder.database(), config.population(), plans(config));
        return execute(config, folder, stored, started, environment, control);
    }

    /**
     * Rewrites the outputs of a finished population run from its run.db (no model is called).
     *
     * @return the matches read back
     */
    public static List<MatchRecord> analyze(RunFolder folder, ExperimentConfig config) throws IOException {
        List<MatchRecord> matches = PopulationReader.matches(folder.database(), config.population());
        PopulationOutputs.write(folder, config, members(config), matches);
        return matches;
    }

    private static Result execute(ExperimentConfig config, RunFolder folder, StoredProgress stored, Instant start,
                                  Function<String, String> environment, RunControl control) throws IOException {
        PopulationSpec population = config.population();
        List<Member> members = members(config);
        PopulationRunner.Ended ended;
        try (RunEndpoints endpoints = RunEndpoints.open(config, population.openedBackends(), config.concurrency() * 2,
                null, environment);
             PopulationStore store = PopulationStore.open(folder.database());
             RunStore calls = RunStore.open(folder.database())) {
            calls.beginAttempt();
            PromptTemplates templates = PromptTemplates.defaults().withOverrides(config.templateOverrides());
            TrialKit sliderKit = new TrialKit(MurphySliderItems.primary(), templates,
                    Map.of(population.slider().protocol().name(), population.slider().protocol()),
                    endpoints.gateways(), PriceTable.of(config));
            PopulationRunner.Setup setup = new PopulationRunner.Setup(members, plans(config), endpoints.gateways(),
                    templates, population.memoryWindow(), population.moveTimeoutSeconds(), config.concurrency(), store,
                    calls, population.slider(), sliderKit, population.feedback(), stored);
            ended = runActors(setup, control);
            calls.finish(Instant.now());
        }
        String status = ended.stopReason() == null ? "finished" : "stopped: " + ended.stopReason();
        RunManifests.write(folder, RunManifests.ended(config, folder, start, Instant.now(), status,
                new RunManifest.Cache(null, 0, 0), Map.of()));
        List<MatchRecord> matches = stored.matches().isEmpty() ? ended.matches()
                : PopulationReader.matches(folder.database(), population);
        List<PlayedDecision> decisions = PopulationOutputs.write(folder, config, members, matches);
        return new Result(folder, matches, decisions, ended.stopReason());
    }

    private static PopulationRunner.Ended runActors(PopulationRunner.Setup setup, RunControl control)
            throws IOException {
        CompletableFuture<PopulationRunner.Ended> done = new CompletableFuture<>();
        ActorSystem<PopulationRunner.Command> system = ActorSystem.create(PopulationRunner.create(setup, done),
                "svo-sim-population");
        system.getWhenTerminated().thenRun(() -> done.completeExceptionally(
                new IllegalStateException("the population runner stopped unexpectedly (see the log)")));
        control.attach(reason -> system.tell(new PopulationRunner.StopTakingWork(reason)));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("population run interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("population run failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().join();
        }
    }
}
