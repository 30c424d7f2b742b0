package org.svosim.simulation.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.svosim.simulation.cli.SvoSimCommand;

/**
 * A whole run on the simulated agent in its own JVM (what svo-sim itself costs, with the run
 * database and every export): wall time of the run phase (manifest), of the whole
 * {@code svo-sim run} process (JVM start to the last export), of the analysis (a separate
 * {@code analyze}), and the run process's peak resident memory (GNU time's %M).
 */
final class SimulatedRunBench {

    /** One measured run. */
    record Result(int trials, long decisions, double runSeconds, double processSeconds, double analyzeSeconds,
                  long peakRssKb) {
        double decisionsPerSecond() {
            return decisions / runSeconds;
        }
    }

    private SimulatedRunBench() {
    }

    static Result run(Path workDir, int trials) throws Exception {
        int repetitions = Math.max(1, trials / 4);
        Path cfg = workDir.resolve("bench-" + trials + ".yaml");
        Files.writeString(cfg, String.join("\n",
                "experiment: bench",
                "seed: 1",
                "repetitions: " + repetitions,
                "concurrency: 64",
                "backends:",
                "  sim: {provider: simulated, fidelity: 0.9, noise: 2.0, malformed_rate: 0.0}",
                "protocols:",
                "  - {name: direct, type: direct}",
                "values: [altruistic, prosocial, individualistic, competitive]",
                ""));
        Path out = Files.createTempDirectory(workDir, "run-");
        long started = System.nanoTime();
        long rss = timed(out.resolve("run.log"), "run", cfg.toString(), "--output", out.toString(), "--no-progress",
                "--no-cache");
        double processSeconds = (System.nanoTime() - started) / 1e9;
        Path runDir;
        try (Stream<Path> runs = Files.list(out.resolve("bench"))) {
            runDir = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        var manifest = new ObjectMapper().readTree(runDir.resolve("manifest.json").toFile());
        double runSeconds = manifest.path("wall_ms").asLong() / 1000.0;
        long t0 = System.nanoTime();
        timed(out.resolve("analyze.log"), "analyze", runDir.toString());
        double analyze = (System.nanoTime() - t0) / 1e9;
        return new Result(repetitions * 4, repetitions * 4L * 6, runSeconds, processSeconds, analyze, rss);
    }

    /** Runs svo-sim in a new JVM under GNU time and returns its peak RSS in KB. */
    private static long timed(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "peak_rss_kb=%M",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), SvoSimCommand.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("svo-sim " + args[0] + " failed; see " + log);
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("peak_rss_kb=")) {
                return Long.parseLong(line.substring("peak_rss_kb=".length()).trim());
            }
        }
        throw new IllegalStateException("no peak RSS in " + log + " (is GNU time at /usr/bin/time?)");
    }
}
