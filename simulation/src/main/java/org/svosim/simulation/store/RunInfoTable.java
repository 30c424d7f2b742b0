package org.svosim.simulation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code run_info(key, value)} table: the run header, the schema version, the measure's name and
 * the finish time, one fact per row.
 */
final class RunInfoTable {
    static final String RUN_ID = "run_id";
    static final String EXPERIMENT = "experiment";
    static final String SEED = "seed";
    static final String CONFIG_SHA256 = "config_sha256";
    static final String CONFIG_YAML = "config_yaml";
    static final String STARTED_AT = "started_at";
    static final String TOOL_VERSION = "tool_version";
    static final String FINISHED_AT = "finished_at";
    static final String SCHEMA_VERSION = "schema_version";
    static final String MEASURE_NAME = "measure_name";
    static final String ATTEMPTS = "attempts";

    /** Keys the store writes itself; {@link RunHeader#extras()} may not use them. */
    static final Set<String> RESERVED_KEYS = Set.of(RUN_ID, EXPERIMENT, SEED, CONFIG_SHA256, CONFIG_YAML,
            STARTED_AT, TOOL_VERSION, FINISHED_AT, SCHEMA_VERSION, MEASURE_NAME, ATTEMPTS);

    private RunInfoTable() {
    }

    static void writeHeader(Connection c, RunHeader h, String measureName) throws SQLException {
        put(c, RUN_ID, h.runId());
        put(c, EXPERIMENT, h.experiment());
        put(c, SEED, Long.toString(h.seed()));
        put(c, CONFIG_SHA256, h.configSha256());
        put(c, CONFIG_YAML, h.configYaml());
        put(c, STARTED_AT, SqlValues.timestamp(h.startedAt()));
        put(c, TOOL_VERSION, h.toolVersion());
        put(c, SCHEMA_VERSION, Integer.toString(StoreSchema.VERSION));
        put(c, MEASURE_NAME, measureName);
        for (Map.Entry<String, String> e : h.extras().entrySet()) {
            put(c, e.getKey(), e.getValue());
        }
    }

    /** Inserts or replaces one fact. */
    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO run_info (key, value) VALUES (?, ?)")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    static Map<String, String> readAll(Connection c) throws SQLException {
        Map<String, String> facts = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT key, value FROM run_info");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                facts.put(rs.getString(1), rs.getString(2));
            }
        }
        return facts;
    }

    static RunHeader header(Map<String, String> facts) {
        Map<String, String> extras = new HashMap<>(facts);
        extras.keySet().removeAll(RESERVED_KEYS);
        return new RunHeader(required(facts, RUN_ID), required(facts, EXPERIMENT),
                Long.parseLong(required(facts, SEED)), required(facts, CONFIG_SHA256), required(facts, CONFIG_YAML),
                Instant.parse(required(facts, STARTED_AT)), required(facts, TOOL_VERSION), extras);
    }

    static Optional<Instant> finishedAt(Map<String, String> facts) {
        return Optional.ofNullable(facts.get(FINISHED_AT)).map(Instant::parse);
    }

    /** Checks that the database was written by this schema version (to add to it). */
    static void checkSchemaVersion(Map<String, String> facts, Object file) {
        String found = facts.get(SCHEMA_VERSION);
        if (!Integer.toString(StoreSchema.VERSION).equals(found)) {
            throw new RunStoreException(file + " is not a run database of schema version " + StoreSchema.VERSION
                    + " (run_info.schema_version is " + (found == null ? "missing" : "'" + found + "'")
                    + "); it can be read and analysed but not resumed by this version of svo-sim");
        }
    }

    /** Checks that this code can read the database (schema versions {@value StoreSchema#OLDEST_READABLE_VERSION} and up). */
    static void checkReadableVersion(Map<String, String> facts, Object file) {
        String found = facts.get(SCHEMA_VERSION);
        int version;
        try {
            version = found == null ? -1 : Integer.parseInt(found);
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (version < StoreSchema.OLDEST_READABLE_VERSION || version > StoreSchema.VERSION) {
            throw new RunStoreException(file + " is not a run database this version of svo-sim reads (schema versions "
                    + StoreSchema.OLDEST_READABLE_VERSION + ".." + StoreSchema.VERSION + "; run_info.schema_version is "
                    + (found == null ? "missing" : "'" + found + "'") + ")");
        }
    }

    static String required(Map<String, String> facts, String key) {
        String v = facts.get(key);
        if (v == null) {
            throw new RunStoreException("run_info has no '" + key + "' row; the run database is incomplete");
        }
        return v;
    }
}
