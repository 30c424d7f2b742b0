package org.svosim.simulation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * CPU time of the gateway bench's process split by thread group, from Linux's per-thread CPU
 * clocks ({@code /proc/self/task/TID/schedstat}, nanoseconds; the thread's name from
 * {@code comm}) taken before and after the timed calls. Unlike the JVM's per-thread clocks these
 * include the collector's and the JIT compiler's threads. Groups: the stub's thread, the gateway's
 * endpoint threads (the traffic layer, LangChain4j and the HTTP client, which sends and reads on
 * them), the HTTP client's deadline timer, the bench's main thread, GC, JIT, other threads (a JDK
 * HTTP client's selector among them, were one in use), and threads that ended during
 * the batch (the process's CPU minus the live threads'). Elsewhere than on Linux only the
 * process's total is known.
 */
final class ThreadCpuSplit {
    /** The groups, in the order they are printed. */
    static final String[] GROUPS = {"stub", "endpoint threads", "HTTP deadline timer", "bench main", "GC", "JIT",
        "other threads", "ended threads"};

    private static final Path TASKS = Path.of("/proc/self/task");
    private final Map<String, Long> cpuByTid;
    private final Map<String, String> nameByTid;
    private final long processNanos;

    private ThreadCpuSplit(Map<String, Long> cpuByTid, Map<String, String> nameByTid, long processNanos) {
        this.cpuByTid = cpuByTid;
        this.nameByTid = nameByTid;
        this.processNanos = processNanos;
    }

    /** The CPU clocks of every live thread and of the whole process now. */
    static ThreadCpuSplit now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Long> cpu = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        if (Files.isDirectory(TASKS)) {
            try (Stream<Path> tasks = Files.list(TASKS)) {
                tasks.forEach(task -> read(task, cpu, names));
            } catch (IOException e) {
                cpu.clear();
            }
        }
        return new ThreadCpuSplit(cpu, names, os.getProcessCpuTime());
    }

    private static void read(Path task, Map<String, Long> cpu, Map<String, String> names) {
        try {
            String schedstat = Files.readString(task.resolve("schedstat"));
            String tid = task.getFileName().toString();
            cpu.put(tid, Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
            names.put(tid, Files.readString(task.resolve("comm")).strip());
        } catch (IOException | RuntimeException e) {
            // the thread ended while we looked: its CPU counts as an ended thread's
        }
    }

    /** Process CPU nanoseconds from {@code before} to this snapshot. */
    long processNanosSince(ThreadCpuSplit before) {
        return processNanos - before.processNanos;
    }

    /** CPU nanoseconds per group from {@code before} to this snapshot (empty where the split is unknown). */
    Map<String, Long> groupsSince(ThreadCpuSplit before) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (cpuByTid.isEmpty() || before.cpuByTid.isEmpty()) {
            return out;
        }
        for (String g : GROUPS) {
            out.put(g, 0L);
        }
        long seen = 0;
        for (Map.Entry<String, Long> e : cpuByTid.entrySet()) {
            long delta = e.getValue() - before.cpuByTid.getOrDefault(e.getKey(), 0L);
            out.merge(group(nameByTid.get(e.getKey())), delta, Long::sum);
            seen += delta;
        }
        out.put(GROUPS[GROUPS.length - 1], Math.max(0, processNanosSince(before) - seen));
        return out;
    }

    /** One line: microseconds per call of the process and of each group. */
    static String describe(Map<String, Long> groups, long processNanos, int calls) {
        StringJoiner parts = new StringJoiner(", ");
        groups.forEach((g, ns) -> parts.add(String.format(Locale.ROOT, "%s %.0f", g, ns / 1e3 / calls)));
        return String.format(Locale.ROOT, "CPU per call %.0f us: %s", processNanos / 1e3 / calls, parts);
    }

    /** The group of a thread by its Linux name (at most 15 characters of the Java name). */
    private static String group(String name) {
        if (name.startsWith("faulty-openai")) {
            return GROUPS[0];
        } else if (name.startsWith("endpoint-")) {
            return GROUPS[1];
        } else if (name.startsWith("http-deadlines")) {
            return GROUPS[2];
        } else if (name.equals("main") || name.equals("java")) {
            return GROUPS[3];
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return GROUPS[4];
        } else if (name.contains("CompilerThre")) {
            return GROUPS[5];
        }
        return GROUPS[6];
    }
}
