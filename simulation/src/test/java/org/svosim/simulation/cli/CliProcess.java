package org.svosim.simulation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts the svo-sim command line in its own JVM (test helper), for kill -9 and environment tests. */
final class CliProcess {
    private CliProcess() {
    }

    /** Starts {@code svo-sim args...} with extra environment variables; output goes to {@code log}. */
    static Process start(Path log, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                SvoSimCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(environment);
        return pb.start();
    }
}
