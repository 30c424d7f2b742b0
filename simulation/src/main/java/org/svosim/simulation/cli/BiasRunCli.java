package org.svosim.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.svosim.games.bias.AttackCondition;
import org.svosim.simulation.bias.BiasRun;
import org.svosim.simulation.config.BiasSettings;
import org.svosim.simulation.config.BiasSource;
import org.svosim.simulation.config.ConfigException;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.RunControl;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.experiment.RunOptions;

/** {@code svo-sim run} for a config with a {@code bias} section: runs or resumes the probe and prints what it did. */
final class BiasRunCli {

    private BiasRunCli() {
    }

    /** What {@code validate} and {@code estimate} say about a probe config (token and cost estimates are not made yet). */
    static int describe(Path file, ExperimentConfig config, PrintWriter out) {
        BiasSettings bias = config.bias();
        out.printf("%s: valid bias probe%n", file);
        out.printf("  experiment %s, seed %d, concurrency %d%n", config.experiment(), config.seed(),
                config.concurrency());
        out.printf("  judges: %s; conditions: %s; explanations: %s%n", bias.judges(),
                bias.conditions().stream().map(AttackCondition::configName).toList(), bias.explanations());
        for (BiasSource s : bias.sources()) {
            out.printf("  source %s: %s%s%n", s.type(), s.path(), s.emulated() ? " (emulated by " + s.emulator() + ")"
                    : "");
        }
        out.printf("  calls: %d judges x %d conditions x the scenarios read at run time%s%n", bias.judges().size(),
                bias.conditions().size(), bias.explanations()
                        ? ", plus one explanation per judge and gold-biased scenario and one rating per judge and"
                        + " explanation" : "");
        List<String> missing = Configs.missingApiKeys(config);
        if (!missing.isEmpty()) {
            out.printf("  note: set %s before 'run' (API keys are read from the environment only)%n",
                    String.join(", ", missing));
        }
        return 0;
    }

    /** {@code analyze} on a probe's run folder. */
    static int reanalyze(RunFolder folder, PrintWriter err, PrintWriter out) throws IOException {
        ExperimentConfig config;
        try {
            config = Configs.loadForResume(folder);
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("svo-sim analyze: " + e.getMessage());
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        BiasRun.reanalyze(folder, config);
        out.printf("tables and plots rewritten in %s%n", folder.dir());
        return 0;
    }

    /** The exit code: 0 when done, 2 for unreadable sources, 1 when calls failed or the run stopped early. */
    static int run(ExperimentConfig config, RunFolder resume, RunOptions options, PrintWriter err, PrintWriter out)
            throws IOException {
        BiasRun.Result r;
        RunControl control = new RunControl();
        try (InterruptHandler interrupts = InterruptHandler.install(control, err)) {
            r = resume != null ? BiasRun.resume(resume, config, options, System::getenv, control)
                    : BiasRun.start(config, options, System::getenv, control);
        } catch (IllegalArgumentException e) {
            err.println("svo-sim run: " + e.getMessage());
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        out.printf("bias probe: %d scenarios (%d malformed source rows skipped), %d calls answered, %d failed%n",
                r.scenarios(), r.skipped(), r.tally().answered(), r.tally().failed());
        if (r.tally().stopReason() != null || r.tally().failed() > 0) {
            out.printf("not complete (%s); continue with:%n  svo-sim run --resume %s%n",
                    r.tally().stopReason() != null ? r.tally().stopReason() : r.tally().failed() + " failed calls",
                    r.folder().dir());
        }
        out.printf("results: %s%n", r.folder().dir());
        return r.tally().stopReason() == null && r.tally().failed() == 0 ? 0 : SvoSimCommand.EXIT_FAILED;
    }
}
