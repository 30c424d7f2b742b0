package org.svosim.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.svosim.simulation.config.ConfigException;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.estimate.RunEstimate;
import org.svosim.simulation.estimate.Usage;
import org.svosim.simulation.plan.ExperimentPlan;
import org.svosim.simulation.population.PopulationEstimate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code svo-sim estimate CONFIG}: calls, tokens and cost of a run before anything is spent. */
@Command(name = "estimate", description = "Estimate a run's calls, tokens and cost (low..high) without calling any model.")
final class EstimateCommand implements Callable<Integer> {

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
        if (cfg.isBiasProbe()) {
            return BiasRunCli.describe(config, cfg, spec.commandLine().getOut());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (cfg.isPopulationRun()) {
            PopulationRunCommand.describe(config.toString(), cfg, out);
            out.printf("%s: low = every answer clear at the first asking and nothing remembered yet, high = every"
                    + " reply as long as max_tokens and unclear (re-asked once), memory window full; slider"
                    + " interviews as slider trials; tokens ~ characters / 4%n", config);
            table(out, PopulationEstimate.of(cfg));
            return 0;
        }
        ExperimentPlan plan = ExperimentPlan.expand(cfg.seed(), cfg.agents(), cfg.values(), cfg.protocols(),
                cfg.repetitions());
        RunEstimate estimate = RunEstimate.of(cfg, plan.trials());
        out.printf("%s: %d trials; low = every answer clear at the first asking, high = every reply as long as"
                + " max_tokens and unclear (all re-asks and the extractor used); tokens ~ characters / 4%n",
                config, plan.size());
        table(out, estimate);
        if (cfg.budgetUsd() != null) {
            out.printf(Locale.ROOT, "budget_usd %.2f; one trial costs at most %s%n", cfg.budgetUsd(),
                    money(estimate.costliestTrial()));
        }
        return 0;
    }

    /** The per-backend table of calls, tokens and cost, with a total row. */
    private static void table(PrintWriter out, RunEstimate estimate) {
        out.printf("%-16s %17s %23s %21s %19s%n", "backend", "calls", "input tokens", "output tokens", "cost USD");
        for (Map.Entry<String, RunEstimate.Span> e : estimate.byBackend().entrySet()) {
            RunEstimate.Span s = e.getValue();
            row(out, e.getKey(), s.low(), s.high(), s.costLow(), s.costHigh());
        }
        row(out, "total", estimate.total(false), estimate.total(true), estimate.totalCost(false),
                estimate.totalCost(true));
        if (estimate.totalCost(true) == null) {
            out.println("cost: give price_input_per_million and price_output_per_million for every backend");
        }
    }

    private static void row(PrintWriter out, String name, Usage low, Usage high, Double costLow, Double costHigh) {
        out.printf(Locale.ROOT, "%-16s %8d..%-8d %11d..%-11d %10d..%-10d %9s..%-9s%n", name, low.calls(),
                high.calls(), low.inputTokens(), high.inputTokens(), low.outputTokens(), high.outputTokens(),
                money(costLow), money(costHigh));
    }

    private static String money(Double usd) {
        return usd == null ? "?" : String.format(Locale.ROOT, "%.4f", usd);
    }
}
