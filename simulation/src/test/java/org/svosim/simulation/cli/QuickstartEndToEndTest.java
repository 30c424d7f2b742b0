package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.report.CodebookSections;

/** The README's quickstart, run through the command line exactly as a user runs it. */
class QuickstartEndToEndTest {
    private static final Path QUICKSTART = Path.of("..", "configs", "quickstart.yaml");

    @TempDir
    static Path output;
    static CliRun run;
    static Path runDir;

    @BeforeAll
    static void runQuickstart() throws IOException {
        run = CliRun.of("run", QUICKSTART.toString(), "--output", output.toString(), "--no-progress");
        runDir = CliRun.onlyRunFolder(output, "quickstart");
    }

    @Test
    void quickstartExitsZeroAndWritesEveryOutputFile() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String f : List.of("run.db", "config.yaml", "manifest.json", "trials.csv", "decisions.csv",
                "summary.csv", "transcripts.jsonl")) {
            assertThat(runDir.resolve(f)).isNotEmptyFile();
        }
        for (String agent : List.of("sim-faithful", "sim-drifting")) {
            assertThat(runDir.resolve("plots/angles_" + agent + "_hvae-goal.png")).isNotEmptyFile();
            assertThat(runDir.resolve("plots/angles_" + agent + "_hvae-goal.svg")).isNotEmptyFile();
        }
    }

    @Test
    void everyPlannedTrialIsStoredOnce() throws IOException {
        List<CSVRecord> trials = read(runDir.resolve("trials.csv"));
        assertThat(trials).hasSize(2 * 4 * 20);
        assertThat(trials.stream().map(r -> r.get("trial_id")).distinct()).hasSize(160);
        assertThat(run.out()).contains("160 trials");
    }

    @Test
    void configIsCopiedByteForByte() throws IOException {
        assertThat(Files.readString(runDir.resolve("config.yaml"))).isEqualTo(Files.readString(QUICKSTART));
    }

    @Test
    void faithfulAgentSeparatesTheFourValuesInOrder() throws IOException {
        Map<String, CSVRecord> faithful = summaryOf("sim-faithful");
        double alt = mean(faithful, "altruistic");
        double pro = mean(faithful, "prosocial");
        double ind = mean(faithful, "individualistic");
        double com = mean(faithful, "competitive");
        assertThat(alt).isGreaterThan(pro);
        assertThat(pro).isGreaterThan(ind);
        assertThat(ind).isGreaterThan(com);
        // adjacent 95% intervals do not overlap: the distributions are separated
        assertThat(d(faithful.get("altruistic"), "angle_ci_low")).isGreaterThan(d(faithful.get("prosocial"), "angle_ci_high"));
        assertThat(d(faithful.get("prosocial"), "angle_ci_low")).isGreaterThan(d(faithful.get("individualistic"), "angle_ci_high"));
        assertThat(d(faithful.get("individualistic"), "angle_ci_low")).isGreaterThan(d(faithful.get("competitive"), "angle_ci_high"));
    }

    @Test
    void driftingAgentIsPulledTowardTheMiddle() throws IOException {
        Map<String, CSVRecord> faithful = summaryOf("sim-faithful");
        Map<String, CSVRecord> drifting = summaryOf("sim-drifting");
        double faithfulSpread = mean(faithful, "altruistic") - mean(faithful, "competitive");
        double driftingSpread = mean(drifting, "altruistic") - mean(drifting, "competitive");
        assertThat(driftingSpread).isLessThan(0.6 * faithfulSpread);
        assertThat(d(drifting.get("altruistic"), "mean_value_rationality"))
                .isLessThan(d(faithful.get("altruistic"), "mean_value_rationality"));
    }

    @Test
    void analyzeRewritesTheSameTablesFromTheDatabase() throws IOException {
        String summary = Files.readString(runDir.resolve("summary.csv"));
        String trials = Files.readString(runDir.resolve("trials.csv"));
        Files.delete(runDir.resolve("summary.csv"));
        CliRun again = CliRun.of("analyze", runDir.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(runDir.resolve("summary.csv"))).isEqualTo(summary);
        assertThat(Files.readString(runDir.resolve("trials.csv"))).isEqualTo(trials);
    }

    @Test
    void analyzeWithoutTranscriptsLeavesTheTranscriptFileAsItWasAndRewritesTheRest() throws IOException {
        Path transcripts = runDir.resolve("transcripts.jsonl");
        String kept = Files.readString(transcripts);
        String summary = Files.readString(runDir.resolve("summary.csv"));
        Files.writeString(transcripts, "left alone\n");
        Files.delete(runDir.resolve("summary.csv"));
        try {
            CliRun again = CliRun.of("analyze", "--no-transcripts", runDir.toString());

            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(Files.readString(transcripts)).isEqualTo("left alone\n");
            assertThat(Files.readString(runDir.resolve("summary.csv"))).isEqualTo(summary);
        } finally {
            Files.writeString(transcripts, kept);
        }
    }

    @Test
    void analyzeRewritesTheSameTranscriptsFromTheDatabase() throws IOException {
        Path transcripts = runDir.resolve("transcripts.jsonl");
        String written = Files.readString(transcripts);
        Files.delete(transcripts);

        CliRun again = CliRun.of("analyze", runDir.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(transcripts)).isEqualTo(written);
    }

    @Test
    void everyCsvInTheRunFolderHasItsHeaderDocumentedInTheCodebook() throws IOException {
        Map<String, List<String>> documented = CodebookSections.documentedColumns(runDir.resolve("codebook.md"));
        List<Path> csvs = filesEndingWith(".csv");

        assertThat(csvs).extracting(QuickstartEndToEndTest::relative).contains("trials.csv", "conditions.csv", "calibration.csv",
                "comparisons.csv", "confusion.csv");
        for (Path csv : csvs) {
            String name = relative(csv);
            assertThat(documented).as("codebook.md has a section for %s", name).containsKey(name);
            assertThat(documented.get(name)).as("columns of %s documented in codebook.md", name)
                    .containsExactlyElementsOf(header(csv));
        }
        for (Path jsonl : filesEndingWith(".jsonl")) {
            assertThat(documented).as("codebook.md has a section for %s", relative(jsonl)).containsKey(relative(jsonl));
        }
    }

    private static List<Path> filesEndingWith(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(runDir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        }
    }

    private static String relative(Path file) {
        return runDir.relativize(file).toString().replace('\\', '/');
    }

    private static List<String> header(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return p.getHeaderNames();
        }
    }

    private static Map<String, CSVRecord> summaryOf(String backend) throws IOException {
        Map<String, CSVRecord> byValue = new HashMap<>();
        for (CSVRecord r : read(runDir.resolve("summary.csv"))) {
            if (r.get("backend").equals(backend)) {
                byValue.put(r.get("value_label"), r);
            }
        }
        assertThat(byValue).hasSize(4);
        return byValue;
    }

    private static double mean(Map<String, CSVRecord> summary, String value) {
        return d(summary.get(value), "mean_angle");
    }

    private static double d(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
