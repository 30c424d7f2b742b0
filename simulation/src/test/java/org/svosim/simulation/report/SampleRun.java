package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.file.Path;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.export.RunExports;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.RunStore;
import org.svosim.simulation.store.SampleOutcomes;

/** A small run database with valid, invalid and failed trials, and its exported tables (test helper). */
final class SampleRun {
    private SampleRun() {
    }

    /** Saves the given outcomes (default: every sample shape) into {@code runDir/run.db}. */
    static Path store(Path runDir, TrialOutcome... outcomes) {
        Path db = runDir.resolve("run.db");
        try (RunStore store = RunStore.create(db, SampleOutcomes.header(), MurphySliderItems.all())) {
            for (TrialOutcome o : outcomes.length == 0 ? SampleOutcomes.all().toArray(TrialOutcome[]::new) : outcomes) {
                store.saveTrial(o);
            }
            store.finish(SampleOutcomes.T0.plusSeconds(60));
        }
        return db;
    }

    /** Stores every sample shape and writes the export's files next to the database. */
    static void exportInto(Path runDir) throws IOException {
        try (RunReader reader = RunReader.open(store(runDir))) {
            RunExports.writeAll(reader, runDir);
        }
    }
}
