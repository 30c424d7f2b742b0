package org.svosim.simulation.experiment;

import java.nio.file.Path;

/**
 * How to run, beyond the config: where run folders go and which response cache to use.
 *
 * @param outputRoot where run folders are created ({@code <outputRoot>/<experiment>/<run-id>})
 * @param cacheFile  the response cache file, or null to call the providers for every request
 */
public record RunOptions(Path outputRoot, Path cacheFile) {
    /** The default cache file under an output root. */
    public static Path defaultCacheFile(Path outputRoot) {
        return outputRoot.resolve("response-cache.db");
    }
}
