package org.svosim.simulation.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole run on the simulated agent in its own JVM (what svo-sim itself costs, with the run
 * database and every export): wall time of the run phase (manifest), of the whole
 * {@code svo-sim run} process (JVM start to the last export), of the analysis (a separate
 * {@code analyze}, and one that also rewrites the exports), and the run process's peak resident memory
 * (GNU time's %M).
 */
final class SimulatedRunBench {

    /**
     * One measured run.
     *
     * @param analyzeSeconds   wall time of {@code svo-sim analyze} on the finished run (its exports up to date:
     *                         statistics, figures, codebook and report)
     * @param reexportSeconds  wall time of {@code svo-sim analyze --rewrite-exports} (the same, plus decisions.csv,
     *                         trials.csv and transcripts.jsonl written again from run.db)
     */
    record Result(int trials, long decisions, double runSeconds, double processSeconds, double analyzeSeconds,
                  double reexportSeconds, long peakRssKb) {
        double decisionsPerSecond() {
            return decisions / runSeconds;
        }
    }

    private SimulatedRunBench() {
    }

    static Result run(Path workDir, int trials, TimedSvoSim.Jvm jvm) throws Exception {
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
        long rss = TimedSvoSim.peakRssKb(out.resolve("run.log"), jvm, List.of(), "run", cfg.toString(), "--output",
                out.toString(), "--no-progress", "--no-cache");
        double processSeconds = (System.nanoTime() - started) / 1e9;
        Path runDir;
        try (Stream<Path> runs = Files.list(out.resolve("bench"))) {
            runDir = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        var manifest = new ObjectMapper().readTree(runDir.resolve("manifest.json").toFile());
        double runSeconds = manifest.path("wall_ms").asLong() / 1000.0;
        double analyze = timed(out.resolve("analyze.log"), jvm, "analyze", runDir.toString());
        double reexport = timed(out.resolve("reexport.log"), jvm, "analyze", "--rewrite-exports", runDir.toString());
        deleteTree(out);
        return new Result(repetitions * 4, repetitions * 4L * 6, runSeconds, processSeconds, analyze, reexport, rss);
    }

    private static double timed(Path log, TimedSvoSim.Jvm jvm, String... args) throws Exception {
        long t0 = System.nanoTime();
        TimedSvoSim.peakRssKb(log, jvm, List.of(), args);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Deletes a run's folder (a 100,000-trial run leaves about 1 GB). */
    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
