package org.svosim.simulation.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark of issue 7, run with {@code mvn -B -DskipTests -Pbench verify -pl simulation -am}
 * (arguments: {@code -Dbench.args="repeats=3 trials=1000,10000 agents=1000,10000,100000
 * decisions=10000,100000 inflight=16,64,256 jvm=launcher only=gateway,run,population"}; {@code jvm=defaults}
 * runs svo-sim with the JVM's defaults instead of the launcher's settings). Prints a Markdown table of
 * medians with min-max beside the targets and writes it to {@code simulation/target/benchmarks.md}. The
 * parts: {@code gateway} (figures 1-3), {@code figure1} (figure 1 alone, at the {@code inflight=}
 * limits), {@code run} (4-6 on the slider) and {@code population} ({@link PopulationFigures}, figure 6
 * on populations); {@code only=} picks some.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = 3;
        List<Integer> trialSizes = List.of(1_000, 10_000);
        List<Integer> agentSizes = List.of(1_000, 10_000, 100_000);
        List<Integer> decisionSizes = List.of(10_000, 100_000);
        List<Integer> inFlight = List.of(16, 64, 256);
        Set<String> only = Set.of("gateway", "run", "population");
        TimedSvoSim.Jvm jvm = TimedSvoSim.Jvm.LAUNCHER;
        for (String a : args) {
            if (a.startsWith("only=")) {
                only = Set.of(a.substring(5).split(","));
            } else if (a.startsWith("repeats=")) {
                repeats = Integer.parseInt(a.substring(8));
            } else if (a.startsWith("trials=")) {
                trialSizes = sizes(a.substring(7));
            } else if (a.startsWith("agents=")) {
                agentSizes = sizes(a.substring(7));
            } else if (a.startsWith("decisions=")) {
                decisionSizes = sizes(a.substring(10));
            } else if (a.startsWith("jvm=")) {
                jvm = TimedSvoSim.Jvm.valueOf(a.substring(4).toUpperCase(Locale.ROOT));
            } else if (a.startsWith("inflight=")) {
                inFlight = sizes(a.substring(9));
            } else {
                throw new IllegalArgumentException("unknown bench argument '" + a + "'; expected repeats=N,"
                        + " trials=N,N, agents=N,N, decisions=N,N, inflight=N,N, jvm=launcher|defaults or"
                        + " only=gateway,figure1,run,population");
            }
        }
        List<String> rows = new ArrayList<>();
        if (only.contains("gateway") || only.contains("figure1")) {
            efficiencyFigures(rows, repeats, inFlight);
        }
        if (only.contains("gateway")) {
            gatewayFigures(rows, repeats);
        }
        if (only.contains("run")) {
            runFigures(rows, repeats, trialSizes, jvm);
        }
        if (only.contains("population")) {
            rows.addAll(PopulationFigures.rows(Files.createTempDirectory("svo-sim-bench"), repeats, agentSizes,
                    decisionSizes));
        }
        write(rows);
    }

    /**
     * Figure 1: one endpoint gateway against a local OpenAI-compatible stub at each in-flight
     * limit, with the CPU per call that explains it, split by thread group.
     */
    private static void efficiencyFigures(List<String> rows, int repeats, List<Integer> inFlight) throws Exception {
        Duration latency = Duration.ofMillis(50);
        int n = 2000;
        int cores = Runtime.getRuntime().availableProcessors();
        for (int c : inFlight) {
            List<Double> eff = new ArrayList<>();
            List<Double> cpuPerCall = new ArrayList<>();
            List<Double> coresBusy = new ArrayList<>();
            Map<String, List<Double>> byGroup = new LinkedHashMap<>();
            for (int r = 0; r < repeats; r++) {
                GatewayBench.Timing t = GatewayBench.time(n, c, latency, 0, Duration.ofMinutes(1));
                eff.add(n * 0.050 / c / t.wallSeconds());
                cpuPerCall.add(t.cpuSeconds() / n * 1000);
                // cores busy at the ideal rate C / L: near the number of cores, calls queue for the CPU
                coresBusy.add(t.cpuSeconds() / n * (c / 0.050));
                t.cpuNanosByGroup().forEach((g, ns) -> byGroup.computeIfAbsent(g, k -> new ArrayList<>())
                        .add(ns / 1e3 / n));
                System.out.printf(Locale.ROOT, "  C=%d: %d warm-up batches, %d new connections, efficiency %.3f, %s%n",
                        c, t.warmUpBatches(), t.connectionsOpened(), n * 0.050 / c / t.wallSeconds(),
                        ThreadCpuSplit.describe(t.cpuNanosByGroup(), (long) (t.cpuSeconds() * 1e9), n));
            }
            int first = rows.size();
            rows.add(Measurements.of("1. efficiency, N=2000, L=50 ms, C=" + c, "", eff).row(">= 0.90"));
            rows.add(Measurements.of("1'. CPU per call, client + svo-sim + stub in one JVM, C=" + c, "ms", cpuPerCall)
                    .row("(explains 1)"));
            rows.add(Measurements.of("1''. cores busy at the ideal rate C/L (of " + cores + "), C=" + c, "", coresBusy)
                    .row("(explains 1)"));
            byGroup.forEach((g, us) -> rows.add(Measurements.of("1'. of which " + g + ", C=" + c, "us", us)
                    .row("(explains 1)")));
            rows.subList(first, rows.size()).forEach(System.out::println);
        }
    }

    /** Figures 2-3: one endpoint gateway against a local OpenAI-compatible stub. */
    private static void gatewayFigures(List<String> rows, int repeats) throws Exception {
        Duration latency = Duration.ofMillis(50);
        int n = 2000;
        // 2. 1,200 requests per minute, scaled to a 6 s window (120 per window): 600 calls
        // steady-state rate: the first window's 120 go at once, the other 480 over the 4 windows after it
        List<Double> rate = new ArrayList<>();
        List<Double> busiest = new ArrayList<>();
        for (int r = 0; r < Math.min(repeats, 2); r++) {
            GatewayBench.Timing t = GatewayBench.time(600, 64, Duration.ofMillis(5), 120, Duration.ofSeconds(6));
            rate.add((600 - 120) / t.wallSeconds() / (120 / 6.0));
            busiest.add((double) t.maxInWindow());
        }
        rows.add(Measurements.of("2a. steady-state rate / configured (1200/min as 120 per 6 s window, 600 calls)", "",
                rate).row(">= 0.95"));
        rows.add(Measurements.of("2b. most requests the stub saw in any 6 s window", "", busiest).row("<= 120"));
        rows.subList(rows.size() - 2, rows.size()).forEach(System.out::println);
        // 3. sequential baseline (one call at a time) vs C = 64 on the same stub
        List<Double> speedUp = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            double seq = GatewayBench.wallSeconds(100, 1, latency, 0, Duration.ofMinutes(1)) / 100;
            double par = GatewayBench.wallSeconds(n, 64, latency, 0, Duration.ofMinutes(1)) / n;
            speedUp.add(seq / par);
        }
        rows.add(Measurements.of("3. speed-up of C=64 over one call at a time", "x", speedUp).row("(report)"));
        System.out.println(rows.get(rows.size() - 1));
    }

    /** Figures 4-6: whole runs of the simulated agent, each in its own JVM (through the launcher). */
    private static void runFigures(List<String> rows, int repeats, List<Integer> trialSizes, TimedSvoSim.Jvm jvm)
            throws Exception {
        Path work = Files.createTempDirectory("svo-sim-bench");
        String settings = jvm == TimedSvoSim.Jvm.LAUNCHER ? "`./svo-sim`" : "JVM defaults";
        for (int trials : trialSizes) {
            List<Double> runPhase = new ArrayList<>();
            List<Double> endToEnd = new ArrayList<>();
            List<Double> analyze = new ArrayList<>();
            List<Double> reexport = new ArrayList<>();
            List<Double> rss = new ArrayList<>();
            long decisions = 0;
            for (int r = 0; r < repeats; r++) {
                SimulatedRunBench.Result res = SimulatedRunBench.run(work, trials, jvm);
                decisions = res.decisions();
                runPhase.add(res.decisionsPerSecond());
                endToEnd.add(res.decisions() / res.processSeconds());
                analyze.add(res.analyzeSeconds());
                reexport.add(res.reexportSeconds());
                rss.add(res.peakRssKb() / 1024.0);
            }
            String size = String.format(Locale.ROOT, "%,d trials / %,d decisions, %s", trials, decisions, settings);
            rows.add(Measurements.of("4a. decisions per second, run phase, " + size, "/s", runPhase).row(">= 20000"));
            rows.add(Measurements.of("4b. decisions per second, `svo-sim run` end to end (process start to exit), "
                    + size, "/s", endToEnd).row(">= 20000"));
            rows.add(Measurements.of("5. `svo-sim analyze` (statistics, figures, report; exports up to date), " + size,
                    "s", analyze).row("< 5 s for 1M decisions"));
            rows.add(Measurements.of("5'. `svo-sim analyze --rewrite-exports` (also decisions.csv, trials.csv,"
                    + " transcripts.jsonl from run.db), " + size, "s", reexport).row("(report)"));
            rows.add(Measurements.of("6. peak RSS of `svo-sim run`, " + size, "MB", rss).row("< 1024 (100k trials)"));
            rows.subList(rows.size() - 5, rows.size()).forEach(System.out::println);
        }
    }

    private static List<Integer> sizes(String list) {
        List<Integer> out = new ArrayList<>();
        for (String t : list.split(",")) {
            if (!t.isBlank()) {
                out.add(Integer.parseInt(t.trim()));
            }
        }
        return out;
    }

    private static void write(List<String> rows) throws java.io.IOException {
        StringBuilder md = new StringBuilder("| figure | median | min .. max | target | runs |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Path outFile = Path.of("target", "benchmarks.md");
        Files.createDirectories(outFile.getParent());
        Files.writeString(outFile, md.toString());
        System.out.println("\n" + md + "\nwritten to " + outFile.toAbsolutePath());
    }
}
