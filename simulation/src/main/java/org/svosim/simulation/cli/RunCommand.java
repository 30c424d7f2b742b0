package org.svosim.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.svosim.simulation.config.ConfigException;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.ExperimentRun;
import org.svosim.simulation.experiment.RunControl;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.experiment.RunOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code svo-sim run CONFIG} or {@code svo-sim run --resume RUN_DIR}: runs an experiment into its run folder. */
@Command(name = "run", description = "Run the experiment a config describes; results go to "
        + "<output>/<experiment>/<run-id>/. Ctrl-C stops cleanly; --resume continues.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG", description = "Experiment config (YAML).")
    Path config;

    @CommandLine.Option(names = "--resume", paramLabel = "RUN_DIR",
            description = "Continue an interrupted run: run only the trials its run.db does not hold yet.")
    Path resume;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Root folder for run folders (default: the config's 'output').")
    Path output;

    @CommandLine.Option(names = "--cache", paramLabel = "FILE",
            description = "Response cache file (default: <output>/response-cache.db).")
    Path cacheFile;

    @CommandLine.Option(names = "--no-cache", description = "Send every request to the provider; neither read nor fill the cache.")
    boolean noCache;

    @CommandLine.Option(names = "--budget-usd", paramLabel = "USD",
            description = "Spending limit replacing the config's budget_usd (e.g. raised to resume a run it stopped).")
    Double budgetUsd;

    @CommandLine.Option(names = "--no-transcripts", description = "Do not write transcripts.jsonl (a copy of"
            + " every message in run.db; large for big runs). `svo-sim analyze` can write it later.")
    boolean noTranscripts;

    @CommandLine.Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if ((config == null) == (resume == null)) {
            err.println("svo-sim run: give either CONFIG or --resume RUN_DIR");
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        RunFolder folder = null;
        ExperimentConfig cfg;
        try {
            if (resume != null) {
                folder = RunFolder.existing(resume);
                cfg = Configs.loadForResume(folder);
            } else {
                cfg = Configs.load(config);
            }
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return SvoSimCommand.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("svo-sim run: " + e.getMessage());
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        List<String> missing = Configs.missingApiKeys(cfg);
        if (!missing.isEmpty()) {
            err.printf("%s: set the environment variable%s %s (API keys are read from the environment only)%n",
                    resume != null ? resume : config, missing.size() > 1 ? "s" : "", String.join(", ", missing));
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        Path root = output != null ? output : folder != null ? folder.dir().getParent().getParent() : cfg.output();
        Path cache = cacheFile != null ? cacheFile : cfg.cacheFile() != null ? cfg.cacheFile()
                : RunOptions.defaultCacheFile(root);
        RunOptions options = new RunOptions(root, noCache ? null : cache, budgetUsd, !noTranscripts);
        if (cfg.isBiasProbe()) {
            return BiasRunCli.run(cfg, folder, options, err, spec.commandLine().getOut());
        }
        if (cfg.isPopulationRun()) {
            return PopulationRunCommand.run(cfg, folder, options, err, spec.commandLine().getOut());
        }
        RunControl control = new RunControl();
        ExperimentRun.Result result;
        try (InterruptHandler interrupts = InterruptHandler.install(control, err);
             ProgressDisplay progress = ProgressDisplay.start(cfg, !noProgress, err)) {
            try {
                result = folder != null
                        ? ExperimentRun.resume(folder, cfg, options, System::getenv, progress, control)
                        : ExperimentRun.start(cfg, options, System::getenv, progress, control);
            } catch (IllegalArgumentException e) {
                err.println("svo-sim run: " + e.getMessage());
                return SvoSimCommand.EXIT_BAD_INPUT;
            }
        }
        report(result, spec.commandLine().getOut());
        return result.stopReason() == null ? 0 : SvoSimCommand.EXIT_FAILED;
    }

    private static void report(ExperimentRun.Result result, PrintWriter out) {
        var p = result.stored();
        out.printf("%d trials: %d valid, %d invalid, %d failed%n", p.done(), p.valid(), p.invalid(), p.failed());
        if (result.stopReason() != null) {
            out.printf("stopped (%s) with %d of %d trials of this attempt stored; continue with:%n"
                    + "  svo-sim run --resume %s%n", result.stopReason(), p.done(), p.planned(), result.folder().dir());
        }
        out.printf("results: %s%n", result.folder().dir());
    }
}
