package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.export.RunExports;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.RunStore;
import org.svosim.simulation.store.SampleOutcomes;

/** Small run databases with valid, invalid and failed trials, and their exported tables (test helper). */
final class SampleRun {
    private SampleRun() {
    }

    /** Saves {@code outcomes} into {@code runDir/run.db} as a run does; finished unless {@code finished} is false. */
    static Path store(Path runDir, RunHeader header, List<TrialOutcome> outcomes, boolean finished) {
        Path db = runDir.resolve("run.db");
        try (RunStore store = RunStore.create(db, header, MurphySliderItems.all())) {
            store.beginAttempt();
            for (TrialOutcome o : outcomes) {
                SampleOutcomes.saveAsARunDoes(store, o);
            }
            if (finished) {
                store.finish(SampleOutcomes.T0.plusSeconds(60));
            }
        }
        return db;
    }

    /** Every sample shape of the store tests, finished. */
    static Path store(Path runDir) {
        return store(runDir, SampleOutcomes.header(), SampleOutcomes.all(), true);
    }

    /** Stores every sample shape and writes the export's files next to the database. */
    static void exportInto(Path runDir) throws IOException {
        try (RunReader reader = RunReader.open(store(runDir))) {
            RunExports.writeAll(reader, runDir);
        }
    }
}
