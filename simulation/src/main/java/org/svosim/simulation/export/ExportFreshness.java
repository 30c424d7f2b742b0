package org.svosim.simulation.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * Whether a run folder's decisions.csv, trials.csv (and transcripts.jsonl) already say what its run
 * database holds, so that re-analysing need not write them again: each exists, was written after
 * the database last changed (its file, write-ahead log or journal), and each CSV's header is this
 * version's. When unsure, they are not up to date.
 */
public final class ExportFreshness {
    private ExportFreshness() {
    }

    /** Whether the exports of {@code runDir} are up to date with {@code database}. */
    public static boolean upToDate(Path runDir, Path database, boolean transcripts) throws IOException {
        FileTime changed = lastChange(database);
        return fresh(runDir.resolve(DecisionsCsv.FILE), changed, DecisionsCsv.COLUMNS)
                && fresh(runDir.resolve(TrialsCsv.FILE), changed, TrialsCsv.COLUMNS)
                && (!transcripts || fresh(runDir.resolve(TranscriptsJsonl.FILE), changed, null));
    }

    private static FileTime lastChange(Path database) throws IOException {
        FileTime last = Files.getLastModifiedTime(database);
        for (String suffix : List.of("-wal", "-journal")) {
            Path side = database.resolveSibling(database.getFileName() + suffix);
            if (Files.exists(side)) {
                FileTime t = Files.getLastModifiedTime(side);
                last = t.compareTo(last) > 0 ? t : last;
            }
        }
        return last;
    }

    private static boolean fresh(Path export, FileTime databaseChanged, List<String> header) throws IOException {
        if (!Files.isRegularFile(export) || Files.getLastModifiedTime(export).compareTo(databaseChanged) <= 0) {
            return false;
        }
        if (header == null) {
            return true;
        }
        try (BufferedReader r = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && CsvTable.record(header).equals(first + "\r\n");
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
