package org.svosim.simulation.config;

import java.nio.file.Path;
import java.util.Set;

/**
 * One scenario source of the {@code bias} section.
 *
 * @param type       bbq, crows_pairs or generic
 * @param path       the file or (bbq) folder, resolved against the config file's folder
 * @param categories categories to keep (empty: all)
 * @param emulated   crows_pairs only: whether an LLM writes the scenarios
 * @param emulator   the emulator backend when emulated, else null
 * @param name       generic only: the source name; else null
 */
public record BiasSource(String type, Path path, Set<String> categories, boolean emulated, String emulator,
                         String name) {
    /** The published BBQ files. */
    public static final String BBQ = "bbq";
    /** The published CrowS-Pairs CSV. */
    public static final String CROWS_PAIRS = "crows_pairs";
    /** The project's generic JSONL/CSV format. */
    public static final String GENERIC = "generic";

    public BiasSource {
        categories = Set.copyOf(categories);
    }
}
