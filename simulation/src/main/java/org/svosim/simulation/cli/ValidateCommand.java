package org.svosim.simulation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.svosim.simulation.config.ConfigException;
import org.svosim.simulation.config.ExperimentConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code svo-sim validate CONFIG}: checks a config without calling any model. */
@Command(name = "validate", description = "Check a config file and print the design it describes.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Experiment config (YAML).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExperimentConfig cfg;
        try {
            cfg = Configs.load(config);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        var out = spec.commandLine().getOut();
        if (cfg.isBiasProbe()) {
            return BiasRunCli.describe(config, cfg, out);
        }
        if (cfg.isPopulationRun()) {
            PopulationRunCommand.describe(config.toString(), cfg, out);
        } else {
            long trials = cfg.trialCount();
            out.printf("%s: valid%n", config);
            out.printf("  experiment %s, seed %d, %d repetitions, %d items, concurrency %d%n", cfg.experiment(),
                    cfg.seed(), cfg.repetitions(), cfg.measure().items().size(), cfg.concurrency());
            out.printf("  agents: %s%n", cfg.agents());
            out.printf("  values: %s%n", cfg.values().stream().map(v -> v.label()).toList());
            out.printf("  protocols: %s%n", cfg.protocols().stream().map(p -> p.name()).toList());
            out.printf("  %d trials planned%n", trials);
        }
        List<String> missing = Configs.missingApiKeys(cfg);
        if (!missing.isEmpty()) {
            out.printf("  note: set %s before 'run' (API keys are read from the environment only)%n",
                    String.join(", ", missing));
        }
        return 0;
    }
}
