package org.svosim.simulation.export;

import java.util.List;

/** Every documented file the export writes, in the order the codebook lists them. */
public final class OutputTables {
    private OutputTables() {
    }

    /** trials.csv, decisions.csv, summary.csv and transcripts.jsonl. */
    public static List<OutputTable> all() {
        return List.of(TrialColumns.TABLE, DecisionColumns.TABLE, SummaryColumns.TABLE, TranscriptFields.TABLE);
    }
}
