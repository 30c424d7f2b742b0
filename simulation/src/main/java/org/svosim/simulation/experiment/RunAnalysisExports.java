package org.svosim.simulation.experiment;

import static org.svosim.simulation.experiment.AnalysisWorkers.withOwnReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.svosim.simulation.export.ExportFreshness;
import org.svosim.simulation.export.LiveExports;
import org.svosim.simulation.export.RunExports;
import org.svosim.simulation.store.TrialRow;

/**
 * Starts writing decisions.csv, trials.csv and transcripts.jsonl on worker threads, from where an
 * analysis can take them: a fresh run's spools when they hold every trial; else the run database (the
 * decisions in two parallel halves of the plan, the messages in one pass), unless the files on disk are
 * up to date and nobody asked to rewrite them. The futures complete when each file is written.
 */
final class RunAnalysisExports {
    private RunAnalysisExports() {
    }

    /**
     * The exports assembled from {@code live}'s spools, if it holds all {@code savedTrials} trials of the
     * database and spooled transcripts.jsonl exactly when {@code transcripts}; else empty.
     */
    static Optional<List<Future<Object>>> fromSpools(LiveExports live, int savedTrials, boolean transcripts,
                                                     ExecutorService workers) {
        if (live == null || !live.covers(savedTrials) || live.transcripts() != transcripts) {
            return Optional.empty();
        }
        List<Future<Object>> written = new ArrayList<>();
        written.add(workers.submit(done(live::writeDecisions)));
        written.add(workers.submit(done(live::writeTrials)));
        if (transcripts) {
            written.add(workers.submit(done(live::writeTranscripts)));
        }
        return Optional.of(written);
    }

    /** The exports written from the database, or none when they are up to date and {@code rewrite} is false. */
    static List<Future<Object>> fromDatabase(RunFolder folder, List<TrialRow> trials, boolean transcripts,
                                             boolean rewrite, ExecutorService workers) throws IOException {
        List<Future<Object>> written = new ArrayList<>();
        if (!rewrite && ExportFreshness.upToDate(folder.dir(), folder.database(), transcripts)) {
            return written;
        }
        written.add(workers.submit(withOwnReader(folder, own -> {
            RunExports.decisions(own, folder.dir(), trials, 2);
            return null;
        })));
        written.add(workers.submit(done(() -> RunExports.trials(folder.dir(), trials))));
        if (transcripts) {
            written.add(workers.submit(withOwnReader(folder, own -> {
                RunExports.transcripts(own, folder.dir(), trials);
                return null;
            })));
        }
        return written;
    }

    /** Writing that returns nothing. */
    private interface Write {
        void run() throws IOException;
    }

    private static Callable<Object> done(Write write) {
        return () -> {
            write.run();
            return null;
        };
    }
}
