package org.svosim.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.svosim.simulation.config.ConfigException;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.ExperimentRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code svo-sim run CONFIG}: runs an experiment and writes its run folder. */
@Command(name = "run", description = "Run the experiment a config describes; results go to "
        + "<output>/<experiment>/<run-id>/.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Experiment config (YAML).")
    Path config;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Root folder for run folders (default: the config's 'output', else ./output).")
    Path output;

    @CommandLine.Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ExperimentConfig cfg;
        try {
            cfg = Configs.load(config);
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        List<String> missing = Configs.missingApiKeys(cfg);
        if (!missing.isEmpty()) {
            err.printf("%s: set the environment variable%s %s (API keys are read from the environment only)%n",
                    config, missing.size() > 1 ? "s" : "", String.join(", ", missing));
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        ExperimentRun.Result result;
        try (ProgressDisplay progress = ProgressDisplay.start(cfg, !noProgress, err)) {
            result = ExperimentRun.execute(cfg, output != null ? output : cfg.output(), System::getenv, progress);
        }
        var p = result.progress();
        out.printf("%d trials: %d valid, %d invalid, %d failed%n", p.planned(), p.valid(), p.invalid(), p.failed());
        out.printf("results: %s%n", result.folder().dir());
        return 0;
    }
}
