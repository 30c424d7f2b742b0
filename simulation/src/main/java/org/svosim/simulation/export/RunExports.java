package org.svosim.simulation.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * Writes the tidy files of a run folder from its run database (never from memory), each one
 * atomically: decisions.csv, trials.csv, summary.csv and transcripts.jsonl (docs/outputs.md).
 * Re-running it on the same database gives the same files.
 */
public final class RunExports {
    /** The file names written, in writing order. */
    public static final List<String> FILES =
            List.of(DecisionsCsv.FILE, TrialsCsv.FILE, SummaryCsv.FILE, TranscriptsJsonl.FILE);

    private RunExports() {
    }

    /**
     * Writes every export file into {@code runDir}, replacing earlier versions.
     *
     * @return the paths written
     * @throws IOException if a file cannot be written; files written before it stay complete, the failed
     *                     one is left as it was
     */
    public static List<Path> writeAll(RunReader reader, Path runDir) throws IOException {
        List<TrialRow> trials = reader.trials();
        List<DecisionRow> decisions = reader.decisions();
        DecisionsCsv.write(runDir, reader.measure(), trials, decisions);
        TrialsCsv.write(runDir, trials);
        SummaryCsv.write(runDir, ConditionSummary.of(trials, decisions, TrialCosts.of(reader)));
        TranscriptsJsonl.write(runDir, reader);
        return FILES.stream().map(runDir::resolve).toList();
    }
}
