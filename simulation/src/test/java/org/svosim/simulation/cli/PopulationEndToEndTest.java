package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population run through the command line on simulated agents that follow their induced value
 * closely: the textbook pattern appears and every planned decision is stored once.
 */
class PopulationEndToEndTest {
    private static final String CONFIG = """
            experiment: pop-e2e
            seed: 7
            backends:
              sim:
                provider: simulated
                fidelity: 1.0
                noise: 0.05
                malformed_rate: 0.0
            population:
              groups:
                - {name: altruists, count: 2, backend: sim, value: altruistic}
                - {name: competitors, count: 2, backend: sim, value: competitive}
              games:
                - {type: dictator, endowment: 10}
                - {type: prisoners_dilemma, rounds: 5}
                - {type: public_goods, players: 4, endowment: 10, multiplier: 2, step: 2}
              pairing: round_robin
            """;
    /** Two agents playing two rounds of a prisoner's dilemma; %s is the feedback setting (line 15). */
    private static final String SMALL = """
            experiment: pop-small
            seed: 3
            backends:
              sim:
                provider: simulated
                fidelity: 1.0
                noise: 0.05
                malformed_rate: 0.0
            population:
              groups:
                - {name: a, count: 2, backend: sim, value: prosocial}
              games:
                - {type: prisoners_dilemma, rounds: 2}
              slider: {when: none}
              feedback: %s
            """;
    private static final int AGENTS = 4;
    /** 4 agents, 6 pairs: 6 dictator decisions + 6 x 5 rounds x 2 PD decisions + one public goods group of 4. */
    private static final int PLANNED_DECISIONS = 6 + 60 + 4;

    @TempDir
    static Path dir;
    static CliRun run;
    static Path runDir;
    static List<CSVRecord> rounds;

    @BeforeAll
    static void runPopulation() throws IOException {
        Path config = dir.resolve("pop-e2e.yaml");
        Files.writeString(config, CONFIG);
        run = CliRun.of("run", config.toString(), "-o", dir.resolve("out").toString(), "--no-progress");
        runDir = CliRun.onlyRunFolder(dir.resolve("out"), "pop-e2e");
        rounds = read(runDir.resolve("rounds.csv"));
    }

    @Test
    void runSucceedsAndReportsEveryMatchCompleted() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("13 matches: 13 completed, 0 abandoned; 70 decisions (0 failed)");
    }

    @Test
    void everyPlannedDecisionIsStoredOnce() throws SQLException {
        assertThat(rounds).hasSize(PLANNED_DECISIONS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + runDir.resolve("run.db"));
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT COUNT(*), COUNT(DISTINCT match_id || '/' || turn || '/' || player) FROM moves")) {
            assertThat(r.getInt(1)).isEqualTo(PLANNED_DECISIONS);
            assertThat(r.getInt(2)).isEqualTo(PLANNED_DECISIONS);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + runDir.resolve("run.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM calls WHERE trial_id NOT LIKE 'slider/%'")) {
            assertThat(r.getInt(1)).as("one call per decision (no reply needed a re-ask)").isEqualTo(PLANNED_DECISIONS);
        }
    }

    @Test
    void everyAgentTakesTheSliderOnceAndItsCallsAndAnswersAreStored() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + runDir.resolve("run.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM trials WHERE status = 'valid'),"
                     + " (SELECT COUNT(*) FROM decisions WHERE chosen_option IS NOT NULL),"
                     + " (SELECT COUNT(*) FROM calls WHERE trial_id LIKE 'slider/%'),"
                     + " (SELECT COUNT(*) FROM messages WHERE trial_id = 'slider/altruists-1')")) {
            assertThat(r.getInt(1)).as("valid slider trials").isEqualTo(AGENTS);
            assertThat(r.getInt(2)).as("answered primary items").isEqualTo(AGENTS * 6);
            assertThat(r.getInt(3)).as("direct protocol: one call per item").isEqualTo(AGENTS * 6);
            assertThat(r.getInt(4)).as("the slider transcript is kept").isPositive();
        }
    }

    @Test
    void faithfulAgentsSliderAnglesFallInTheirInducedCategory() throws IOException {
        List<CSVRecord> agents = read(runDir.resolve("agents.csv"));

        assertThat(agents).hasSize(AGENTS).allSatisfy(a -> {
            assertThat(a.get("slider_status")).isEqualTo("valid");
            assertThat(a.get("slider_category"))
                    .isEqualTo(a.get("group").equals("altruists") ? "altruistic" : "competitive");
        });
        assertThat(agents.stream().filter(a -> a.get("group").equals("altruists"))
                .mapToDouble(a -> Double.parseDouble(a.get("slider_angle"))).min().orElseThrow()).isGreaterThan(57.15);
    }

    @Test
    void sliderConsistencyHasOneRowPerBackendAndValueWithCountsFromAgentsCsv() throws IOException {
        List<CSVRecord> agents = read(runDir.resolve("agents.csv"));
        List<CSVRecord> consistency = read(runDir.resolve("slider_consistency.csv"));

        assertThat(consistency).extracting(r -> r.get("backend") + "/" + r.get("value"))
                .containsExactly("sim/altruistic", "sim/competitive");
        for (CSVRecord row : consistency) {
            long n = agents.stream().filter(a -> a.get("backend").equals(row.get("backend"))
                    && Double.parseDouble(a.get("induced_degrees")) == Double.parseDouble(row.get("induced_degrees")))
                    .count();
            assertThat(Long.parseLong(row.get("agents"))).isEqualTo(n);
            assertThat(Long.parseLong(row.get("slider_n"))).isEqualTo(n);
            assertThat(row.get("slider_category_share")).isEqualTo("1");
        }
    }

    @Test
    void reportHasAPopulationSectionWithItsDesignTablesAndFigures() throws IOException {
        String html = Files.readString(runDir.resolve("report.html"));

        assertThat(html).contains("<section id=\"population\">").contains("href=\"#population\"")
                .contains("Population design").contains("Slider versus games by backend and value")
                .contains("Rates by the orientations of the pair").contains("altruists-2")
                .contains("Slider versus games-revealed angle");
    }

    @Test
    void sliderVersusGamesPlotIsDrawn() {
        assertThat(runDir.resolve("plots/population_slider_vs_games.png")).isRegularFile();
    }

    @Test
    void feedbackTemplateTextReachesTheAgentsNextQuestion() throws IOException, SQLException {
        Path config = dir.resolve("feedback.yaml");
        Files.writeString(config, SMALL.formatted("\"Round {{round}} of {{game}}: you chose {{my_move}};"
                + " {{other_moves}}; you got {{my_payoff}} (total {{my_total}}).\""));

        CliRun r = CliRun.of("run", config.toString(), "-o", dir.resolve("feedback").toString(), "--no-progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path db = CliRun.onlyRunFolder(dir.resolve("feedback"), "pop-small").resolve("run.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet q = c.createStatement().executeQuery("SELECT question FROM moves WHERE turn = 1 AND player = 0")) {
            assertThat(q.getString(1)).containsPattern("Round 1 of prisoners_dilemma: you chose (cooperate|defect);"
                    + " the column chose (cooperate|defect); you got \\d+ \\(total \\d+\\)\\.");
        }
    }

    @Test
    void unknownFeedbackPlaceholderExitsTwoNamingTheLine() throws IOException {
        Path config = dir.resolve("bad-feedback.yaml");
        Files.writeString(config, SMALL.formatted("\"you got {{my_coins}}\""));

        CliRun r = CliRun.of("run", config.toString(), "-o", dir.resolve("bad").toString(), "--no-progress");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad-feedback.yaml:15:").contains("population.feedback").contains("{{my_coins}}");
        assertThat(dir.resolve("bad")).doesNotExist();
    }

    @Test
    void unreadableSliderAnswersAreRecordedInvalidAndTheRunGoesOn() throws IOException {
        Path config = dir.resolve("garbled.yaml");
        Files.writeString(config, SMALL.formatted("full").replace("malformed_rate: 0.0", "malformed_rate: 1.0")
                .replace("slider: {when: none}", "slider: {when: after, protocol: {type: direct, max_reasks: 0}}"));

        CliRun r = CliRun.of("run", config.toString(), "-o", dir.resolve("garbled").toString(), "--no-progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<CSVRecord> agents = read(CliRun.onlyRunFolder(dir.resolve("garbled"), "pop-small").resolve("agents.csv"));
        assertThat(agents).allSatisfy(a -> {
            assertThat(a.get("slider_status")).isEqualTo("invalid");
            assertThat(a.get("slider_angle")).isEmpty();
        });
    }

    @Test
    void altruistsGiveMoreInTheDictatorGame() {
        assertThat(mean("dictator", "altruists", PopulationEndToEndTest::answer))
                .isGreaterThan(mean("dictator", "competitors", PopulationEndToEndTest::answer) + 5);
    }

    @Test
    void competitorsDefectMoreThanAltruists() {
        Predicate<CSVRecord> cooperates = r -> r.get("choice").equals("cooperate");
        assertThat(rate("prisoners_dilemma", "competitors", cooperates))
                .isLessThan(rate("prisoners_dilemma", "altruists", cooperates) - 0.5);
    }

    @Test
    void competitorsFreeRideMoreThanAltruists() {
        assertThat(mean("public_goods", "competitors", PopulationEndToEndTest::answer))
                .isLessThan(mean("public_goods", "altruists", PopulationEndToEndTest::answer));
    }

    @Test
    void idealDecisionsAreJudgedValueRational() {
        assertThat(rounds).allSatisfy(r -> assertThat(r.get("rationality_uniform")).isNotEmpty());
        double mean = rounds.stream().mapToDouble(r -> Double.parseDouble(r.get("rationality_uniform"))).average()
                .orElseThrow();
        assertThat(mean).isGreaterThan(0.9);
    }

    @Test
    void tablesAndPlotsAreWritten() {
        assertThat(runDir.resolve("agents.csv")).isRegularFile();
        assertThat(runDir.resolve("pair_rates.csv")).isRegularFile();
        assertThat(runDir.resolve("revealed_angles.csv")).isRegularFile();
    }

    @Test
    void mixedPopulationExampleRunsEveryMatchToTheEnd() {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("configs/population-mixed.yaml"))) {
            root = root.getParent();
        }
        Path example = root.resolve("configs/population-mixed.yaml");

        CliRun r = CliRun.of("run", example.toString(), "-o", dir.resolve("example").toString(), "--no-progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("58 matches: 58 completed, 0 abandoned; 316 decisions (0 failed)");
    }

    @Test
    void analyzeRewritesTheSameRoundsFromRunDb() throws IOException {
        String before = Files.readString(runDir.resolve("rounds.csv"));
        Files.delete(runDir.resolve("rounds.csv"));

        CliRun r = CliRun.of("analyze", runDir.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("rewritten from 13 matches");
        assertThat(Files.readString(runDir.resolve("rounds.csv"))).isEqualTo(before);
    }

    @Test
    void validateDescribesThePopulationAndItsMatches() {
        CliRun r = CliRun.of("validate", dir.resolve("pop-e2e.yaml").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("valid population run").contains("agents: 4 in groups")
                .contains("13 matches planned");
    }

    @Test
    void sameConfigAndSeedGiveTheSameDecisions() throws IOException {
        Path config = dir.resolve("pop-e2e.yaml");
        CliRun again = CliRun.of("run", config.toString(), "-o", dir.resolve("again").toString(), "--no-progress");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Files.readString(CliRun.onlyRunFolder(dir.resolve("again"), "pop-e2e").resolve("rounds.csv")))
                .isEqualTo(Files.readString(runDir.resolve("rounds.csv")));
    }

    private static double answer(CSVRecord r) {
        return Double.parseDouble(r.get("answer"));
    }

    private static double mean(String game, String group, java.util.function.ToDoubleFunction<CSVRecord> f) {
        return rounds.stream().filter(r -> r.get("game").equals(game) && r.get("group").equals(group))
                .mapToDouble(f).average().orElseThrow();
    }

    private static double rate(String game, String group, Predicate<CSVRecord> p) {
        return mean(game, group, r -> p.test(r) ? 1 : 0);
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
