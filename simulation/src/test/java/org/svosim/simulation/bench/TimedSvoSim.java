package org.svosim.simulation.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs svo-sim as users do, through the {@code ./svo-sim} launcher (which needs the packaged jar; the
 * bench profile runs after {@code package}), under GNU time, and reads back its peak resident memory.
 */
final class TimedSvoSim {
    /** The launcher at the root of the project (the bench runs in the simulation module's folder). */
    static final Path LAUNCHER = Path.of("..", "svo-sim").toAbsolutePath().normalize();

    /** Which JVM settings svo-sim runs with. */
    enum Jvm {
        /** The launcher's own settings (what the README runs). */
        LAUNCHER,
        /** The JVM's defaults, as {@code java -jar} gives them (the launcher with SVO_SIM_JAVA_OPTS=""). */
        DEFAULTS
    }

    private TimedSvoSim() {
    }

    /** {@link #peakRssKb(Path, Jvm, List, String...)} with the launcher's settings and no extra options. */
    static long peakRssKb(Path log, String... args) throws Exception {
        return peakRssKb(log, Jvm.LAUNCHER, List.of(), args);
    }

    /**
     * Runs {@code svo-sim ARGS} with the given JVM settings plus {@code extraJvmOptions} (given to the JVM
     * through JAVA_TOOL_OPTIONS, so they add to the launcher's), its output in {@code log}, and returns its
     * peak RSS in KB (GNU time's %M).
     */
    static long peakRssKb(Path log, Jvm jvm, List<String> extraJvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "peak_rss_kb=%M", "sh",
                LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("SVO_SIM_JAVA_OPTS");
        if (jvm == Jvm.DEFAULTS) {
            pb.environment().put("SVO_SIM_JAVA_OPTS", "");
        }
        if (extraJvmOptions.isEmpty()) {
            pb.environment().remove("JAVA_TOOL_OPTIONS");
        } else {
            pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", extraJvmOptions));
        }
        Process p = pb.start();
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
