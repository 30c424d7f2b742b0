package org.svosim.simulation.population;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.pekko.actor.typed.ActorSystem;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.estimate.AngleEstimate;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.config.PriceTable;
import org.svosim.simulation.engine.TrialKit;
import org.svosim.simulation.config.PopulationSpec;
import org.svosim.simulation.config.PopulationSpec.GroupSpec;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.experiment.RunEndpoints;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.export.AtomicFile;
import org.svosim.simulation.export.PopulationColumns;
import org.svosim.simulation.report.Codebook;
import org.svosim.simulation.report.CodebookWriter;
import org.svosim.simulation.experiment.RunManifests;
import org.svosim.simulation.experiment.RunOptions;
import org.svosim.simulation.experiment.ToolInfo;
import org.svosim.simulation.plan.ExperimentPlan;
import org.svosim.simulation.plan.TrialSeeds;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.RunStore;

/**
 * Runs a config with a {@code population:} section into a new run folder: config.yaml, manifest,
 * run.db (run facts plus the {@code matches} and {@code moves} tables), rounds.csv, agents.csv,
 * pair_rates.csv, revealed_angles.csv, slider_consistency.csv, codebook.md (those five files), plots and report.html; with a
 * slider plan each agent's slider interview is a trial {@code slider/<agent>} of run.db's trials, decisions,
 * messages and calls tables ({@link SliderSessions}). Population runs are not resumable yet.
 */
public final class PopulationRun {
    private PopulationRun() {
    }

    /**
     * What a population run left behind.
     *
     * @param folder    the run folder
     * @param matches   every match, in schedule order
     * @param decisions every decision asked
     */
    public record Result(RunFolder folder, List<MatchRecord> matches, List<PlayedDecision> decisions) {
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

    public static Result start(ExperimentConfig config, RunOptions options, Function<String, String> environment)
            throws IOException {
        PopulationSpec population = config.population();
        Instant start = Instant.now();
        RunFolder folder = RunFolder.create(options.outputRoot(), config.experiment(), start);
        Files.writeString(folder.config(), config.rawText(), StandardCharsets.UTF_8);
        ExperimentPlan noTrials = new ExperimentPlan(config.seed(), List.of());
        RunManifests.write(folder, RunManifests.started(config, folder, noTrials, start));
        RunStore.create(folder.database(), new RunHeader(folder.runId(), config.experiment(), config.seed(),
                config.sha256(), config.rawText(), start, ToolInfo.version(), ToolInfo.versions()),
                MurphySliderItems.primary()).close();
        List<Member> members = members(config);
        List<MatchPlan> plans = MatchSchedule.of(population, TrialSeeds.derive(config.seed(), "pairing"));
        List<MatchRecord> matches;
        try (RunEndpoints endpoints = RunEndpoints.open(config, population.openedBackends(), config.concurrency() * 2,
                null, environment);
             PopulationStore store = PopulationStore.open(folder.database());
             RunStore calls = RunStore.open(folder.database())) {
            calls.beginAttempt();
            Map<String, EndpointGateway> gateways = endpoints.gateways();
            PromptTemplates templates = PromptTemplates.defaults().withOverrides(config.templateOverrides());
            TrialKit sliderKit = new TrialKit(MurphySliderItems.primary(), templates,
                    Map.of(population.slider().protocol().name(), population.slider().protocol()), gateways,
                    PriceTable.of(config));
            PopulationRunner.Setup setup = new PopulationRunner.Setup(members, plans, gateways, templates,
                    population.memoryWindow(), population.moveTimeoutSeconds(), config.concurrency(), store, calls,
                    population.slider(), sliderKit, population.feedback());
            matches = runActors(setup);
            calls.finish(Instant.now());
        }
        RunManifests.write(folder, RunManifests.ended(config, folder, noTrials, start, Instant.now(), "finished",
                new org.svosim.simulation.experiment.RunManifest.Cache(null, 0, 0), Map.of()));
        List<PlayedDecision> decisions = writeOutputs(folder, config, members, matches);
        return new Result(folder, matches, decisions);
    }

    /**
     * Rewrites the outputs of a finished population run from its run.db (no model is called).
     *
     * @return the matches read back
     */
    public static List<MatchRecord> analyze(RunFolder folder, ExperimentConfig config) throws IOException {
        List<MatchRecord> matches = PopulationReader.matches(folder.database(), config.population());
        writeOutputs(folder, config, members(config), matches);
        return matches;
    }

    /** The CSV files, plots and codebook of the matches; returns the decisions. */
    private static List<PlayedDecision> writeOutputs(RunFolder folder, ExperimentConfig config, List<Member> members,
                                                     List<MatchRecord> matches) throws IOException {
        Map<String, Member> byName = new LinkedHashMap<>();
        members.forEach(m -> byName.put(m.name(), m));
        List<PlayedDecision> decisions = new ArrayList<>();
        for (MatchRecord m : matches) {
            decisions.addAll(PlayedDecision.of(m, byName));
        }
        PopulationCsv.rounds(folder.dir(), decisions);
        List<RevealedAngles> revealed = RevealedAngles.of(members, matches);
        List<SliderResults> sliders = SliderResults.read(folder.database(), members);
        Map<String, AngleEstimate> joint = RevealedAngles.joint(sliders, matches);
        PopulationCsv.agents(folder.dir(), members, matches, decisions, sliders, revealed, joint);
        List<PairRate> rates = PairRate.of(decisions);
        PopulationCsv.pairRates(folder.dir(), rates);
        RevealedAngles.write(folder.dir(), revealed);
        List<Consistency> consistency = Consistency.of(sliders, revealed, joint, config.seed());
        PopulationCsv.consistency(folder.dir(), consistency);
        PopulationCharts.draw(folder, members, matches, rates, revealed, sliders);
        String codebook = Codebook.markdown(PopulationColumns.ALL);
        AtomicFile.write(folder.dir().resolve(CodebookWriter.FILE), w -> w.write(codebook));
        PopulationReport.write(folder);
        return decisions;
    }

    private static List<MatchRecord> runActors(PopulationRunner.Setup setup) throws IOException {
        CompletableFuture<List<MatchRecord>> done = new CompletableFuture<>();
        ActorSystem<PopulationRunner.Command> system = ActorSystem.create(PopulationRunner.create(setup, done),
                "svo-sim-population");
        system.getWhenTerminated().thenRun(() -> done.completeExceptionally(
                new IllegalStateException("the population runner stopped unexpectedly (see the log)")));
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
