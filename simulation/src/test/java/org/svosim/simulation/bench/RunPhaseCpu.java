package org.svosim.simulation.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.simulation.config.ConfigLoader;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.engine.RunEvent;
import org.svosim.simulation.experiment.ExperimentRun;
import org.svosim.simulation.experiment.RunControl;
import org.svosim.simulation.experiment.RunOptions;

/**
 * CPU time of a run's phase by thread group, read from the JVM's per-thread CPU clocks the
 * moment the last trial is stored (before the exports): which part of svo-sim costs what per
 * trial. CPU time, unlike wall time, hardly depends on what else the machine is doing.
 * Usage: {@code RunPhaseCpu CONFIG OUTPUT_DIR}.
 */
public final class RunPhaseCpu {
    private RunPhaseCpu() {
    }

    public static void main(String[] args) throws Exception {
        ExperimentConfig cfg = new ConfigLoader().load(Path.of(args[0]), Set.copyOf(PromptTemplates.defaults().names()));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] process = new long[2];
        long[] peakRss = new long[1];
        process[0] = os.getProcessCpuTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byGroup = new TreeMap<>();
        long[] wall = new long[2];
        wall[0] = System.nanoTime();
        RunOptions options = new RunOptions(Path.of(args[1]), null, null);
        ExperimentRun.Result result = ExperimentRun.start(cfg, options, System::getenv, event -> {
            if (event instanceof RunEvent.RunEnded) {
                wall[1] = System.nanoTime();
                process[1] = os.getProcessCpuTime();
                peakRss[0] = peakRssKb();
                for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
                    long cpu = threads.getThreadCpuTime(info.getThreadId());
                    if (cpu > 0) {
                        byGroup.merge(info.getThreadName().replaceAll("\\d+", "N"), cpu, Long::sum);
                    }
                }
            }
        }, new RunControl());
        int trials = result.stored().done();
        long total = byGroup.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "%d trials, run phase %.2f s wall, %.2f s CPU in live threads (%.0f us/trial)%n",
                trials, (wall[1] - wall[0]) / 1e9, total / 1e9, total / 1e3 / trials);
        System.out.printf(Locale.ROOT, "  peak RSS at the end of the run phase: %d MB%n", peakRss[0] / 1024);
        System.out.printf(Locale.ROOT, "  %8.0f us/trial  whole process (JIT compiler and GC included)%n",
                (process[1] - process[0]) / 1e3 / trials);
        byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() > 10_000_000L)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8.0f us/trial  %s%n", e.getValue() / 1e3 / trials,
                        e.getKey()));
    }

    /** The process's peak resident set so far (VmHWM of /proc/self/status), in KB; -1 where there is none. */
    private static long peakRssKb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
