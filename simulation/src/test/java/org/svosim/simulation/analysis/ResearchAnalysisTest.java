package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.store.RunReader;

class ResearchAnalysisTest {
    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void writeRun() {
        db = dir.resolve("run.db");
        SyntheticRun.write(db);
    }

    private static AnalysisOutputs analyse(Path runDir) throws IOException {
        try (RunReader reader = RunReader.open(db)) {
            return ResearchAnalysis.write(reader, runDir, new AnalysisSettings(300));
        }
    }

    @Test
    void writesTheFourTablesWithTheirDocumentedHeaders() throws IOException {
        Path out = dir.resolve("tables");

        AnalysisOutputs written = analyse(out);

        assertThat(written.tables()).extracting(t -> t.file().getFileName().toString())
                .containsExactly("conditions.csv", "calibration.csv", "comparisons.csv", "confusion.csv");
        assertThat(Files.readAllLines(out.resolve("conditions.csv")).get(0))
                .isEqualTo(String.join(",", ConditionsCsv.COLUMNS));
        // 2 backends x 4 values; 2 backends x 1 protocol; 4 backend pairs; 2 x 4 x 4 cells (+ header each)
        assertThat(Files.readAllLines(out.resolve("conditions.csv"))).hasSize(9);
        assertThat(Files.readAllLines(out.resolve("calibration.csv"))).hasSize(3);
        assertThat(Files.readAllLines(out.resolve("comparisons.csv"))).hasSize(5);
        assertThat(Files.readAllLines(out.resolve("confusion.csv"))).hasSize(33);
        assertThat(Files.readString(out.resolve("conditions.csv"))).contains("\r\n").contains(",300\r\n");
    }

    @Test
    void writesEveryFigureAsPngAndSvgUnderPlotsWithACaption() throws IOException {
        Path out = dir.resolve("figures");

        AnalysisOutputs written = analyse(out);

        assertThat(written.figures()).extracting(f -> f.png().getFileName().toString()).containsExactly(
                "angle_panels.png", "calibration.png", "value_rationality_heatmap.png", "svo_ring_drifting_plain.png",
                "confusion_drifting_plain.png", "svo_ring_faithful_plain.png", "confusion_faithful_plain.png");
        for (AnalysisOutputs.Figure f : written.figures()) {
            assertThat(f.png().getParent()).isEqualTo(out.resolve(ResearchAnalysis.PLOTS));
            BufferedImage image = ImageIO.read(f.png().toFile());
            assertThat(image.getWidth()).isGreaterThan(1000);
            assertThat(Files.readString(f.svg())).contains("<svg");
            assertThat(f.caption()).isNotBlank();
            assertThat(f.title()).isNotBlank();
        }
    }

    @Test
    void reanalysingTheSameDatabaseGivesIdenticalFiles() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        analyse(first);
        analyse(second);

        for (String table : List.of("conditions.csv", "calibration.csv", "comparisons.csv", "confusion.csv")) {
            assertThat(Files.readString(second.resolve(table))).isEqualTo(Files.readString(first.resolve(table)));
        }
        try (Stream<Path> plots = Files.list(first.resolve(ResearchAnalysis.PLOTS))) {
            for (Path p : plots.toList()) {
                assertThat(Files.readAllBytes(second.resolve(ResearchAnalysis.PLOTS).resolve(p.getFileName())))
                        .as(p.getFileName().toString()).isEqualTo(Files.readAllBytes(p));
            }
        }
    }

    @Test
    void driftingBackendPullsHarderTowardTheMiddleThanTheFaithfulOne() throws IOException {
        Path out = dir.resolve("pull");

        analyse(out);

        List<String> rows = Files.readAllLines(out.resolve("calibration.csv"));
        double faithful = pull(rows, "faithful");
        double drifting = pull(rows, "drifting");
        assertThat(drifting).isGreaterThan(faithful + 0.2);
    }

    @Test
    void runWithoutTrialsStillWritesEveryTableAndTheRunWideFigures() throws IOException {
        Path empty = dir.resolve("empty");
        SyntheticRun.writeEmpty(empty.resolve("run.db"));

        AnalysisOutputs written;
        try (RunReader reader = RunReader.open(empty.resolve("run.db"))) {
            written = ResearchAnalysis.write(reader, empty, AnalysisSettings.defaults());
        }

        assertThat(Files.readAllLines(empty.resolve("conditions.csv"))).hasSize(1);
        assertThat(written.figures()).extracting(f -> f.png().getFileName().toString())
                .containsExactly("angle_panels.png", "calibration.png", "value_rationality_heatmap.png");
    }

    private static double pull(List<String> rows, String backend) {
        int column = CalibrationCsv.COLUMNS.indexOf("pull_to_middle");
        return rows.stream().filter(r -> r.startsWith(backend + ",")).map(r -> r.split(",", -1)[column])
                .mapToDouble(Double::parseDouble).findFirst().orElseThrow();
    }
}
