package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.svosim.simulation.export.AtomicFile;
import org.svosim.simulation.export.OutputTable;
import org.svosim.simulation.export.OutputTables;

/** Writes {@code codebook.md} into a run folder, atomically: every column of every table written there. */
public final class CodebookWriter {
    /** The file name in the run folder. */
    public static final String FILE = "codebook.md";

    private CodebookWriter() {
    }

    /** The codebook of the export's files (trials.csv, decisions.csv, summary.csv, transcripts.jsonl). */
    public static Path write(Path runDir) throws IOException {
        return write(runDir, List.of());
    }

    /**
     * The codebook of the export's files followed by {@code extraTables} (e.g. the statistics tables of
     * the analysis), each documented by its own column definitions.
     */
    public static Path write(Path runDir, List<OutputTable> extraTables) throws IOException {
        List<OutputTable> tables = new ArrayList<>(OutputTables.all());
        tables.addAll(extraTables);
        Path target = runDir.resolve(FILE);
        String text = Codebook.markdown(tables);
        AtomicFile.write(target, w -> w.write(text));
        return target;
    }
}
