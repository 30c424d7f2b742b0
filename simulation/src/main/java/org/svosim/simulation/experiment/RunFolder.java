package org.svosim.simulation.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.svosim.simulation.store.RunHeader;

/**
 * The folder of one run, {@code <output>/<experiment>/<run-id>/}, and the names of the files
 * in it. The run id is the UTC start time ({@code 20261122-173005}), with a suffix if taken.
 */
public record RunFolder(String runId, Path dir) {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** Creates a new, empty run folder. */
    public static RunFolder create(Path outputRoot, String experiment, Instant start) throws IOException {
        Path parent = outputRoot.resolve(experiment);
        Files.createDirectories(parent);
        String base = ID.format(start);
        for (int k = 1; ; k++) {
            String id = k == 1 ? base : base + "-" + k;
            Path dir = parent.resolve(id);
            try {
                Files.createDirectory(dir);
                return new RunFolder(id, dir);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // try the next suffix
            }
        }
    }

    /** An existing run folder (for analyze and resume). */
    public static RunFolder existing(Path dir) {
        if (!Files.isRegularFile(dir.resolve("run.db"))) {
            throw new IllegalArgumentException(dir + " is not a run folder (no run.db)");
        }
        return new RunFolder(dir.getFileName().toString(), dir);
    }

    public Path database() {
        return dir.resolve("run.db");
    }

    public Path config() {
        return dir.resolve("config.yaml");
    }

    public Path manifest() {
        return dir.resolve("manifest.json");
    }

    public Path plots() {
        return dir.resolve("plots");
    }

    /**
     * Fails unless {@code configSha256} is the SHA-256 of the config this run was started with
     * ({@code header}): a run is resumed with its own config.
     *
     * @throws IllegalArgumentException when the configs differ
     */
    public void requireStartedWith(RunHeader header, String configSha256) {
        if (!header.configSha256().equals(configSha256)) {
            throw new IllegalArgumentException("the config differs from the one " + dir + " was started with (SHA-256 "
                    + header.configSha256() + "); a run is resumed with its own config.yaml");
        }
    }
}
