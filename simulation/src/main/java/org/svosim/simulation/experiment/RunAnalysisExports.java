package org.svosim.simulation.experiment;

import static org.svosim.simulation.experiment.AnalysisWorkers.withOwnReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.svosim.simulation.export.ExportFreshness;
import org.svosim.simulation.export.LiveExports;
import org.svosim.simulation.export.RunExports;
import org.svosim.simulation.store.TrialRow;

/**
 * Chooses where an analysis takes decisions.csv, trials.csv and transcripts.jsonl from, and starts
 * writing them on worker threads: from a fresh run's spools when they hold every trial, else from
 * the run database (the decisions in two parallel halves of the plan, the messages in one pass), or
 * not at all when the files on disk are up to date and nobody asked to rewrite them.
 */
final class RunAnalysisExports {
    private RunAnalysisExports() {
    }

    /** Starts the export writes; the futures complete when each file is written. */
    static List<Future<Object>> submit(RunFolder folder, List<TrialRow> trials, boolean transcripts,
                                       LiveExports live, boolean rewrite, ExecutorService workers) throws IOException {
        List<Future<Object>> written = new ArrayList<>();
        if (live != null && live.covers(trials.size())) {
            written.add(workers.submit(() -> {
                live.writeDecisions();
                return null;
            }));
            written.add(workers.submit(() -> {
                live.writeTrials();
                return null;
            }));
            if (transcripts) {
                written.add(live.transcripts()
                        ? workers.submit(() -> {
                            live.writeTranscripts();
                            return null;
                        })
                        : fromDatabaseTranscripts(folder, trials, workers));
            }
            return written;
        }
        if (!rewrite && ExportFreshness.upToDate(folder.dir(), folder.database(), transcripts)) {
            return written;
        }
        written.add(workers.submit(withOwnReader(folder, own -> {
            RunExports.decisions(own, folder.dir(), trials, 2);
            return null;
        })));
        written.add(workers.submit(() -> {
            RunExports.trials(folder.dir(), trials);
            return null;
        }));
        if (transcripts) {
            written.add(fromDatabaseTranscripts(folder, trials, workers));
        }
        return written;
    }

    private static Future<Object> fromDatabaseTranscripts(RunFolder folder, List<TrialRow> trials,
                                                          ExecutorService workers) {
        return workers.submit(withOwnReader(folder, own -> {
            RunExports.transcripts(own, folder.dir(), trials);
            return null;
        }));
    }
}
