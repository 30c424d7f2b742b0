package org.svosim.simulation.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A population run on the simulated agent in its own JVM (issue 7, figure 6): {@code agents} agents
 * in four groups (one per SVO category), paired at random, playing a prisoner's dilemma of
 * {@code rounds} rounds ({@code agents * rounds} decisions), no slider, under GNU time. Measures the
 * run phase (manifest wall time), the whole process (run plus tables, plots and report), its peak
 * RSS, and the largest heap left after a garbage collection (from the JVM's GC log), which is the
 * live memory the RSS carries plus the collector's slack.
 */
final class PopulationBench {
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

    /** One measured run. */
    record Result(int agents, long decisions, double runSeconds, double totalSeconds, long peakRssKb,
                  long peakHeapAfterGcMb) {
        double decisionsPerSecond() {
            return decisions / runSeconds;
        }
    }

    private PopulationBench() {
    }

    static Result run(Path workDir, int agents, int rounds) throws Exception {
        if (agents % 4 != 0 || agents < 8) {
            throw new IllegalArgumentException("agents must be a multiple of 4 and at least 8, got " + agents);
        }
        Path cfg = workDir.resolve("population-" + agents + "x" + rounds + ".yaml");
        List<String> lines = new ArrayList<>(List.of(
                "experiment: population-bench",
                "seed: 1",
                "concurrency: 64",
                "backends:",
                "  sim: {provider: simulated, fidelity: 0.9, noise: 2.0, malformed_rate: 0.0}",
                "population:",
                "  groups:"));
        for (String value : List.of("altruistic", "prosocial", "individualistic", "competitive")) {
            lines.add("    - {name: " + value + ", count: " + agents / 4 + ", backend: sim, value: " + value + "}");
        }
        lines.addAll(List.of(
                "  games:",
                "    - {type: prisoners_dilemma, rounds: " + rounds + "}",
                "  pairing: random",
                "  slider: {when: none}",
                ""));
        Files.writeString(cfg, String.join("\n", lines));
        Path out = Files.createTempDirectory(workDir, "population-");
        Path gcLog = out.resolve("gc.log");
        long t0 = System.nanoTime();
        long rss = TimedSvoSim.peakRssKb(out.resolve("run.log"), TimedSvoSim.Jvm.LAUNCHER,
                List.of("-Xlog:gc:file=" + gcLog), "run",
                cfg.toString(), "--output", out.toString(),
                "--no-progress");
        double total = (System.nanoTime() - t0) / 1e9;
        Path runDir;
        try (Stream<Path> runs = Files.list(out.resolve("population-bench"))) {
            runDir = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        var manifest = new ObjectMapper().readTree(runDir.resolve("manifest.json").toFile());
        double runSeconds = manifest.path("wall_ms").asLong() / 1000.0;
        return new Result(agents, (long) agents * rounds, runSeconds, total, rss, peakHeapAfterGc(gcLog));
    }

    /** The largest heap occupancy after any collection in a {@code -Xlog:gc} file, in MB. */
    private static long peakHeapAfterGc(Path gcLog) throws Exception {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = AFTER_GC.matcher(line);
            if (line.contains("Pause") && m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }
}
