package org.svosim.simulation.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.TrialRow;

/**
 * Writes the tidy files of a run folder from its run database (never from memory), each one
 * atomically: decisions.csv, trials.csv, summary.csv and transcripts.jsonl (docs/outputs.md).
 * Large tables are streamed: one forward-only pass per table, one row in memory at a time.
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
        decisions(reader, runDir, trials, 1);
        trials(runDir, trials);
        AnswerTotals answers = AnswerTotals.read(reader, RunDigest.primaryItems(reader));
        summary(runDir, ConditionSummary.of(trials, answers, CallTotals.of(reader, trials).trialCosts()));
        transcripts(reader, runDir, trials);
        return FILES.stream().map(runDir::resolve).toList();
    }

    /**
     * Streams decisions.csv for the given trials (as read by {@link RunReader#trials()}), a large run's
     * file in up to {@code parts} parts written in parallel (each a contiguous range of the plan with its
     * own reader), then joined.
     */
    public static void decisions(RunReader reader, Path runDir, List<TrialRow> trials, int parts)
            throws IOException {
        DecisionsCsv.write(runDir, reader, trials, parts);
    }

    /** Writes trials.csv. */
    public static void trials(Path runDir, List<TrialRow> trials) throws IOException {
        TrialsCsv.write(runDir, trials);
    }

    /** Writes summary.csv. */
    public static void summary(Path runDir, List<ConditionSummary> summaries) throws IOException {
        SummaryCsv.write(runDir, summaries);
    }

    /** Streams transcripts.jsonl for the given trials, one trial's messages in memory at a time. */
    public static void transcripts(RunReader reader, Path runDir, List<TrialRow> trials) throws IOException {
        TranscriptsJsonl.write(runDir, reader, trials);
    }
}
