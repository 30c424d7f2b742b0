package org.svosim.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.config.FeedbackSpec;
import org.svosim.simulation.experiment.RunControl;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.experiment.RunOptions;
import org.svosim.simulation.population.MatchSchedule;
import org.svosim.simulation.population.PopulationRun;
import org.svosim.simulation.population.PopulationStore;

/**
 * The {@code run} command's branch for a config with {@code population:}: runs or resumes it (Ctrl-C
 * stops it cleanly, to be resumed) and prints a summary.
 */
final class PopulationRunCommand {
    private PopulationRunCommand() {
    }

    static int run(ExperimentConfig cfg, RunFolder resume, RunOptions options, PrintWriter err, PrintWriter out)
            throws IOException {
        RunControl control = new RunControl();
        try (InterruptHandler interrupts = InterruptHandler.install(control, err)) {
            PopulationRun.Result r;
            try {
                r = resume != null ? PopulationRun.resume(resume, cfg, System::getenv, control)
                        : PopulationRun.start(cfg, options, System::getenv, control);
            } catch (IllegalArgumentException e) {
                err.println("svo-sim run: " + e.getMessage());
                return SvoSimCommand.EXIT_BAD_INPUT;
            }
            summarize(cfg, r, out);
            return r.stopReason() == null ? 0 : SvoSimCommand.EXIT_FAILED;
        }
    }

    /** Prints the run's summary (before a Ctrl-C'd JVM is let exit). */
    private static void summarize(ExperimentConfig cfg, PopulationRun.Result r, PrintWriter out) {
        long failed = r.decisions().stream().filter(d -> !d.reply().ok()).count();
        out.printf("%d matches: %d completed, %d abandoned; %d decisions (%d failed)%n", r.matches().size(),
                r.matches().size() - r.abandoned(), r.abandoned(), r.decisions().size(), failed);
        if (r.stopReason() != null) {
            out.printf("stopped (%s) with %d of %d matches stored; continue with:%n  svo-sim run --resume %s%n",
                    r.stopReason(), r.matches().size(), PopulationRun.plans(cfg).size(), r.folder().dir());
        }
        out.printf("results: %s%n", r.folder().dir());
        out.flush();
    }

    /**
     * Rewrites the outputs of {@code folder} from its run.db if it holds a population run.
     *
     * @return false when the folder's config has no population (nothing was done)
     */
    static boolean analyzeIfPopulation(RunFolder folder, PrintWriter out, PrintWriter err) throws IOException {
        if (!PopulationStore.holdsPopulation(folder.database())) {
            return false;
        }
        ExperimentConfig cfg;
        try {
            cfg = Configs.loadForResume(folder);
        } catch (org.svosim.simulation.config.ConfigException | RuntimeException e) {
            return false;
        }
        if (!cfg.isPopulationRun()) {
            return false;
        }
        int n = PopulationRun.analyze(folder, cfg).size();
        out.printf("population tables and plots rewritten from %d matches in %s%n", n, folder.dir());
        return true;
    }

    /** What a population config plans: agents, games and matches. */
    static void describe(String file, ExperimentConfig cfg, PrintWriter out) {
        var population = cfg.population();
        out.printf("%s: valid population run%n", file);
        out.printf("  experiment %s, seed %d, concurrency %d (matches in flight)%n", cfg.experiment(), cfg.seed(),
                cfg.concurrency());
        out.printf("  agents: %d in groups %s%n", population.agentNames().size(),
                population.groups().stream().map(g -> g.name() + " x" + g.count() + " (" + g.value().label() + ", "
                        + g.backend() + ")").toList());
        out.printf("  games: %s; pairing %s%n", population.games().stream().map(g -> g.label()).toList(),
                population.pairing().name().toLowerCase(java.util.Locale.ROOT));
        out.printf("  %d matches planned%n", MatchSchedule.of(population, 0).size());
        var slider = population.slider();
        out.printf("  slider: %s%n", slider.enabled() ? slider.protocol().name() + ", "
                + slider.when().name().toLowerCase(java.util.Locale.ROOT) + " the agent's matches" : "none");
        out.printf("  feedback after each round: %s%n", population.feedback().preset() == FeedbackSpec.Preset.TEMPLATE
                ? "template \"" + population.feedback().template() + "\"" : population.feedback().preset().word());
    }
}
