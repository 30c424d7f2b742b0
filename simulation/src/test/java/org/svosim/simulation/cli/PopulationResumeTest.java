package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population run process is killed (SIGKILL) or interrupted (SIGINT) part-way, then resumed with
 * {@code --resume}; it must end with exactly the matches, moves (the questions too, which carry each
 * agent's memory of earlier rounds), payoffs and slider interviews of an uninterrupted run.
 */
class PopulationResumeTest {
    /** 16 agents round robin: 120 prisoner's dilemmas of 3 rounds and 4 public goods groups; slider first. */
    private static final String CONFIG = String.join("\n",
            "experiment: pop-resume",
            "seed: 11",
            "concurrency: 4",
            "backends:",
            "  sim: {provider: simulated, fidelity: 0.8, noise: 3.0, malformed_rate: 0.1}",
            "population:",
            "  groups:",
            "    - {name: altruists, count: 4, backend: sim, value: altruistic}",
            "    - {name: prosocials, count: 4, backend: sim, value: prosocial}",
            "    - {name: individualists, count: 4, backend: sim, value: individualistic}",
            "    - {name: competitors, count: 4, backend: sim, value: competitive}",
            "  games:",
            "    - {type: prisoners_dilemma, rounds: 3}",
            "    - {type: public_goods, players: 4, endowment: 10, multiplier: 2, step: 2}",
            "  pairing: round_robin",
            "  memory_window: 4",
            "  slider: {when: before}",
            "  feedback: full",
            "");
    private static final int MATCHES = 120 + 4;

    @TempDir
    static Path dir;
    static Path config;
    static Path fullRun;

    @BeforeAll
    static void runUninterrupted() throws Exception {
        config = dir.resolve("pop-resume.yaml");
        Files.writeString(config, CONFIG);
        CliRun full = CliRun.of("run", config.toString(), "--output", dir.resolve("full").toString(), "--no-progress");
        assertThat(full.exitCode()).as(full.err()).isZero();
        fullRun = CliRun.onlyRunFolder(dir.resolve("full"), "pop-resume");
        assertThat(storedMatches(fullRun)).isEqualTo(MATCHES);
    }

    @Test
    void killedPopulationRunResumesToExactlyTheMovesOfAnUninterruptedRun() throws Exception {
        Path root = dir.resolve("killed");
        Process p = CliProcess.start(dir.resolve("killed.log"), Map.of(), "run", config.toString(), "--output",
                root.toString(), "--no-progress");
        waitForStoredMatches(root.resolve("pop-resume"), p, 10);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path run = CliRun.onlyRunFolder(root, "pop-resume");
        int stored = storedMatches(run);
        assertThat(stored).as("the kill came mid-way").isBetween(1, MATCHES - 1);

        CliRun resumed = CliRun.of("run", "--resume", run.toString(), "--no-progress");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertSameAsUninterrupted(run);
        System.out.printf("population resume: killed with %d of %d matches stored, resumed to the same moves%n",
                stored, MATCHES);
    }

    @Test
    void interruptedPopulationRunStopsCleanlyAndResumesToTheSameMoves() throws Exception {
        Path root = dir.resolve("stopped");
        Path log = dir.resolve("stopped.log");
        Process p = CliProcess.start(log, Map.of(), "run", config.toString(), "--output", root.toString(),
                "--no-progress");
        waitForStoredMatches(root.resolve("pop-resume"), p, 10);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isEqualTo(130);
        assertThat(Files.readString(log)).contains("svo-sim run --resume");
        Path run = CliRun.onlyRunFolder(root, "pop-resume");
        assertThat(new ObjectMapper().readTree(run.resolve("manifest.json").toFile()).path("status").asText())
                .isEqualTo("stopped: interrupted");
        int stored = storedMatches(run);
        assertThat(stored).isBetween(10, MATCHES - 1);
        assertThat(QuickstartEndToEndTest.read(run.resolve("rounds.csv")).stream()
                .map(r -> r.get("match_id")).distinct().count()).isEqualTo(stored);

        CliRun resumed = CliRun.of("run", "--resume", run.toString(), "--no-progress");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertSameAsUninterrupted(run);
    }

    @Test
    void resumeRefusesAChangedConfig() throws Exception {
        Path root = dir.resolve("changed");
        CliRun first = CliRun.of("run", config.toString(), "--output", root.toString(), "--no-progress");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path run = CliRun.onlyRunFolder(root, "pop-resume");
        Files.writeString(run.resolve("config.yaml"), CONFIG.replace("memory_window: 4", "memory_window: 2"));

        CliRun resumed = CliRun.of("run", "--resume", run.toString(), "--no-progress");

        assertThat(resumed.exitCode()).isEqualTo(SvoSimCommand.EXIT_BAD_INPUT);
        assertThat(resumed.err()).contains("the config differs from the one").contains("SHA-256");
    }

    private static void assertSameAsUninterrupted(Path run) throws Exception {
        assertThat(Files.readString(run.resolve("rounds.csv"))).isEqualTo(Files.readString(fullRun.resolve("rounds.csv")));
        assertThat(Files.readString(run.resolve("agents.csv"))).isEqualTo(Files.readString(fullRun.resolve("agents.csv")));
        assertThat(rows(run, "SELECT match_id, match_index, status, turns, payoffs FROM matches ORDER BY match_index"))
                .isEqualTo(rows(fullRun, "SELECT match_id, match_index, status, turns, payoffs FROM matches"
                        + " ORDER BY match_index"));
        String moves = "SELECT match_id, seq, agent, answer, question, reply FROM moves ORDER BY match_id, seq";
        List<String> resumedMoves = rows(run, moves);
        assertThat(resumedMoves).hasSizeGreaterThan(MATCHES * 2);
        assertThat(resumedMoves).isEqualTo(rows(fullRun, moves));
        assertThat(rows(run, "SELECT trial_id, status FROM trials ORDER BY trial_id"))
                .hasSize(16).isEqualTo(rows(fullRun, "SELECT trial_id, status FROM trials ORDER BY trial_id"));
    }

    private static List<String> rows(Path run, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + run.resolve("run.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(r.getString(i)).append('\u001f');
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static int storedMatches(Path run) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + run.resolve("run.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM matches")) {
            return r.getInt(1);
        } catch (SQLException notYetCreated) {
            return 0;
        }
    }

    private static void waitForStoredMatches(Path experimentDir, Process p, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.isDirectory(experimentDir)) {
                try (var runs = Files.list(experimentDir)) {
                    for (Path run : runs.toList()) {
                        if (Files.isRegularFile(run.resolve("run.db")) && storedMatches(run) >= n) {
                            return;
                        }
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the run process stored no " + n + " matches in time (alive: " + p.isAlive() + ")");
    }
}
