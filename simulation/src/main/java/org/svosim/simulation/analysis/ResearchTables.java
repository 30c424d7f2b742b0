package org.svosim.simulation.analysis;

import java.util.List;
import org.svosim.simulation.export.OutputTable;

/**
 * Every table {@link ResearchAnalysis#write} writes, as documented files in writing order, for the
 * codebook to list after the export's tables.
 */
public final class ResearchTables {
    private ResearchTables() {
    }

    /** conditions.csv, calibration.csv, comparisons.csv and confusion.csv. */
    public static List<OutputTable> all() {
        return List.of(ConditionsColumns.TABLE, CalibrationColumns.TABLE, ComparisonsColumns.TABLE,
                ConfusionColumns.TABLE);
    }
}
