package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.SampleOutcomes;

class ExportFreshnessTest {
    @TempDir
    Path runDir;
    Path db;

    @BeforeEach
    void exportASampleRun() throws IOException {
        db = runDir.resolve("run.db");
        SampleOutcomes.writeFinishedRun(db);
        Files.setLastModifiedTime(db, FileTime.from(Instant.now().minusSeconds(60)));
        try (RunReader reader = RunReader.open(db)) {
            RunExports.writeAll(reader, runDir);
        }
    }

    @Test
    void exportsWrittenAfterTheDatabaseAreUpToDate() throws IOException {
        assertThat(ExportFreshness.upToDate(runDir, db, true)).isTrue();
    }

    @Test
    void aDatabaseChangedAfterTheExportsMakesThemStale() throws IOException {
        Files.setLastModifiedTime(db, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(ExportFreshness.upToDate(runDir, db, true)).isFalse();
    }

    @Test
    void aWriteAheadLogChangedAfterTheExportsMakesThemStale() throws IOException {
        Path wal = runDir.resolve("run.db-wal");
        Files.writeString(wal, "");
        Files.setLastModifiedTime(wal, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(ExportFreshness.upToDate(runDir, db, false)).isFalse();
    }

    @Test
    void aCsvWithAnotherVersionsColumnsIsStale() throws IOException {
        Path decisions = runDir.resolve(DecisionsCsv.FILE);
        String text = Files.readString(decisions, StandardCharsets.UTF_8);
        Files.writeString(decisions, text.replaceFirst("trial_id,", "trial,"), StandardCharsets.UTF_8);
        assertThat(ExportFreshness.upToDate(runDir, db, false)).isFalse();
    }

    @Test
    void missingTranscriptsMatterOnlyWhenTranscriptsAreWanted() throws IOException {
        Files.delete(runDir.resolve(TranscriptsJsonl.FILE));
        assertThat(ExportFreshness.upToDate(runDir, db, false)).isTrue();
        assertThat(ExportFreshness.upToDate(runDir, db, true)).isFalse();
    }
}
