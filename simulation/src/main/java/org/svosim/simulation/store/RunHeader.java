package org.svosim.simulation.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The facts of a run that never change after it starts, kept in the {@code run_info} table.
 *
 * @param runId        the run's id (also its folder name)
 * @param experiment   experiment name from the config
 * @param seed         the run seed from which every trial seed is derived
 * @param configSha256 SHA-256 (hex) of the config file's bytes
 * @param configYaml   the config file's text as given
 * @param startedAt    when the run started (stored to the millisecond)
 * @param toolVersion  svo-sim version that made the run
 * @param extras       further facts (java version, OS, host...), sorted by key; keys must not be
 *                     one of {@link RunInfoTable#RESERVED_KEYS}
 */
public record RunHeader(String runId, String experiment, long seed, String configSha256, String configYaml,
                        Instant startedAt, String toolVersion, Map<String, String> extras) {
    public RunHeader {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(configSha256, "configSha256");
        Objects.requireNonNull(configYaml, "configYaml");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(toolVersion, "toolVersion");
        extras = Collections.unmodifiableMap(new TreeMap<>(extras == null ? Map.of() : extras));
        for (String key : extras.keySet()) {
            if (RunInfoTable.RESERVED_KEYS.contains(key)) {
                throw new IllegalArgumentException("extra run fact '" + key + "' clashes with a reserved run_info key "
                        + RunInfoTable.RESERVED_KEYS + "; choose another name");
            }
        }
    }
}
