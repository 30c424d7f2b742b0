package org.svosim.simulation.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figure 6 of the benchmark for populations: peak memory for growing numbers of agents (one
 * prisoner's dilemma round each) with the memory per agent between consecutive sizes, and time
 * for growing numbers of decisions (more agents, each playing {@value #DECISION_ROUNDS} rounds: a
 * repeated game's questions show the match's earlier rounds, so more rounds per match cost more
 * per decision, which is the game's design and not what this figure measures).
 */
final class PopulationFigures {
    /** Rounds of the prisoner's dilemma in the time figure. */
    static final int DECISION_ROUNDS = 10;

    private PopulationFigures() {
    }

    /** The table rows; prints each as it is measured. */
    static List<String> rows(Path work, int repeats, List<Integer> agentSizes, List<Integer> decisionSizes)
            throws Exception {
        List<String> rows = new ArrayList<>();
        List<double[]> memory = new ArrayList<>();
        for (int agents : agentSizes) {
            List<Double> rss = new ArrayList<>();
            List<Double> heap = new ArrayList<>();
            List<Double> total = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                PopulationBench.Result res = PopulationBench.run(work, agents, 1);
                rss.add(res.peakRssKb() / 1024.0);
                heap.add((double) res.peakHeapAfterGcMb());
                total.add(res.totalSeconds());
            }
            String size = String.format(Locale.ROOT, "%,d agents, %,d decisions", agents, agents);
            Measurements rssM = Measurements.of("6p. population peak RSS (MB), " + size, "", rss);
            Measurements heapM = Measurements.of("6p. population peak heap after GC (MB), " + size, "", heap);
            rows.add(rssM.row("linear in agents"));
            rows.add(heapM.row("linear in agents"));
            rows.add(Measurements.of("6p. population run + outputs wall time (s), " + size, "", total).row(""));
            memory.add(new double[] {agents, rssM.median(), heapM.median()});
            rows.subList(rows.size() - 3, rows.size()).forEach(System.out::println);
        }
        for (int i = 1; i < memory.size(); i++) {
            double[] a = memory.get(i - 1);
            double[] b = memory.get(i);
            double dn = b[0] - a[0];
            String row = String.format(Locale.ROOT, "| 6p. memory per agent, %,d -> %,d agents (median RSS; heap"
                    + " after GC) | %.1f KB; %.1f KB | | | |", (int) a[0], (int) b[0],
                    (b[1] - a[1]) * 1024 / dn, (b[2] - a[2]) * 1024 / dn);
            rows.add(row);
            System.out.println(row);
        }
        for (int decisions : decisionSizes) {
            int rounds = DECISION_ROUNDS;
            int agents = Math.max(8, decisions / rounds / 4 * 4);
            List<Double> run = new ArrayList<>();
            List<Double> dps = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                PopulationBench.Result res = PopulationBench.run(work, agents, rounds);
                run.add(res.runSeconds());
                dps.add(res.decisionsPerSecond());
            }
            String size = String.format(Locale.ROOT, "%,d decisions (%,d agents x %d rounds)", (long) agents * rounds,
                    agents, rounds);
            rows.add(Measurements.of("6p. population run phase (s), " + size, "", run).row("linear in decisions"));
            rows.add(Measurements.of("6p. population decisions per second, " + size, "", dps).row(""));
            rows.subList(rows.size() - 2, rows.size()).forEach(System.out::println);
        }
        return rows;
    }
}
