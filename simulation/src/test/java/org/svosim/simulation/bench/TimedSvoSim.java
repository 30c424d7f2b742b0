package org.svosim.simulation.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.svosim.simulation.cli.SvoSimCommand;

/** Runs svo-sim in a new JVM under GNU time and reads back its peak resident memory. */
final class TimedSvoSim {
    private TimedSvoSim() {
    }

    /**
     * Runs {@code svo-sim ARGS} with the extra JVM options given, its output in {@code log}, and
     * returns its peak RSS in KB (GNU time's %M).
     */
    static long peakRssKb(Path log, List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "peak_rss_kb=%M",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SvoSimCommand.class.getName()));
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
