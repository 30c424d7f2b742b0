package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeExportsTest {
    private static final List<String> EXPORTS = List.of("decisions.csv", "trials.csv", "transcripts.jsonl");

    @TempDir
    Path output;
    Path runDir;

    @BeforeEach
    void runTheExample() throws IOException {
        CliRun run = CliRun.of("run", Path.of("..", "configs", "explicit-angles.yaml").toString(), "--output",
                output.toString(), "--no-progress");
        assertThat(run.exitCode()).as(run.err()).isZero();
        runDir = CliRun.onlyRunFolder(output, "explicit-angles");
    }

    private Object fileKey(String name) throws IOException {
        return Files.readAttributes(runDir.resolve(name), BasicFileAttributes.class).fileKey();
    }

    @Test
    void aRunLeavesNoSpoolFilesBehind() throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".spool"))
                    .contains("decisions.csv", "trials.csv", "transcripts.jsonl");
        }
    }

    @Test
    void exportsSpooledDuringTheRunEqualThoseRewrittenFromTheDatabase() throws IOException {
        List<byte[]> spooled = EXPORTS.stream().map(n -> read(runDir.resolve(n))).toList();
        CliRun analyze = CliRun.of("analyze", runDir.toString(), "--rewrite-exports");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        for (int i = 0; i < EXPORTS.size(); i++) {
            assertThat(read(runDir.resolve(EXPORTS.get(i)))).as(EXPORTS.get(i)).isEqualTo(spooled.get(i));
        }
    }

    @Test
    void analyzeLeavesUpToDateExportsAloneAndRewritesThemWhenAsked() throws IOException {
        Object before = fileKey("decisions.csv");
        CliRun analyze = CliRun.of("analyze", runDir.toString());
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(fileKey("decisions.csv")).isEqualTo(before);

        CliRun rewrite = CliRun.of("analyze", runDir.toString(), "--rewrite-exports");
        assertThat(rewrite.exitCode()).as(rewrite.err()).isZero();
        assertThat(fileKey("decisions.csv")).isNotEqualTo(before);
    }

    @Test
    void analyzeRewritesExportsWhenTheDatabaseChangedAfterThem() throws IOException {
        Object before = fileKey("trials.csv");
        Files.setLastModifiedTime(runDir.resolve("run.db"), FileTime.from(Instant.now().plusSeconds(5)));
        CliRun analyze = CliRun.of("analyze", runDir.toString());
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        assertThat(fileKey("trials.csv")).isNotEqualTo(before);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
