package org.svosim.simulation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.svosim.simulation.store.RunReader;

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

    /**
     * Waits until a run process has stored at least {@code n} trials in its run folder under
     * {@code experimentDir}, and returns how many it had then.
     */
    static int waitForStoredTrials(Path experimentDir, Process p, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.isDirectory(experimentDir)) {
                try (var runs = Files.list(experimentDir)) {
                    for (Path run : runs.toList()) {
                        int stored = storedTrials(run);
                        if (stored >= n) {
                            return stored;
                        }
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the run process stored no " + n + " trials in time (alive: " + p.isAlive() + ")");
    }

    /** Trials stored in a run folder's run.db so far (0 while it is being created). */
    static int storedTrials(Path run) {
        try (RunReader reader = RunReader.open(run.resolve("run.db"))) {
            return reader.trials().size();
        } catch (RuntimeException notYetCreated) {
            return 0;
        }
    }
}
