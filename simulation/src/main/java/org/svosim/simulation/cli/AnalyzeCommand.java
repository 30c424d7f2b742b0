package org.svosim.simulation.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svosim.simulation.experiment.RunAnalysis;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.bias.BiasReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code svo-sim analyze RUN_DIR}: rewrites a run's tables, plots and report from its database (and its
 * exports when they are stale or asked for); calls no model.
 */
@Command(name = "analyze", description = "Recompute a run's tables and plots from its run.db (no model calls).")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder (holding run.db).")
    Path runDir;

    @CommandLine.Option(names = "--no-transcripts", description = "Do not rewrite transcripts.jsonl (a copy of every"
            + " message in run.db, about 1 KB per decision; the longest export of a large run).")
    boolean noTranscripts;

    @CommandLine.Option(names = "--rewrite-exports", description = "Rewrite decisions.csv, trials.csv and"
            + " transcripts.jsonl even when they are up to date (written after run.db last changed, with this"
            + " version's columns); by default only missing or stale ones are written.")
    boolean rewriteExports;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunFolder folder;
        try {
            folder = RunFolder.existing(runDir);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("svo-sim analyze: " + e.getMessage());
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        if (BiasReader.isProbe(folder.database())) {
            return BiasRunCli.reanalyze(folder, spec.commandLine().getErr(), spec.commandLine().getOut());
        }
        if (PopulationRunCommand.analyzeIfPopulation(folder, spec.commandLine().getOut(),
                spec.commandLine().getErr())) {
            return 0;
        }
        RunAnalysis.analyze(folder, !noTranscripts, null, rewriteExports);
        spec.commandLine().getOut().printf("tables and plots rewritten in %s%n", folder.dir());
        return 0;
    }
}
