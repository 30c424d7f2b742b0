package org.svosim.simulation.experiment;

import java.nio.file.Path;

/**
 * How to run, beyond the config: where run folders go and which response cache to use.
 *
 * @param outputRoot where run folders are created ({@code <outputRoot>/<experiment>/<run-id>})
 * @param cacheFile  the response cache file, or null to call the providers for every request
 * @param budgetUsd  a spending limit replacing the config's budget_usd (e.g. raised to resume), or null
 * @param transcripts whether the run ends by writing transcripts.jsonl (a copy of run.db's messages)
 */
public record RunOptions(Path outputRoot, Path cacheFile, Double budgetUsd, boolean transcripts) {
    /** Options with transcripts.jsonl written. */
    public RunOptions(Path outputRoot, Path cacheFile, Double budgetUsd) {
        this(outputRoot, cacheFile, budgetUsd, true);
    }

    /** The default cache file under an output root. */
    public static Path defaultCacheFile(Path outputRoot) {
        return outputRoot.resolve("response-cache.db");
    }
}
