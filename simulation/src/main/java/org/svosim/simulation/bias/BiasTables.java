package org.svosim.simulation.bias;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of a probe's run database: run facts, the scenarios judged, and one row per call
 * (judgements, explanations, ratings), each with its raw reply and the call's facts.
 */
final class BiasTables {
    /** Stored in run_info as {@code bias_schema_version}; bumped when a table changes shape. */
    static final int VERSION = 1;

    static final String CALL_COLUMNS = "ok INTEGER NOT NULL, error TEXT, model_id TEXT, started_at TEXT,"
            + " latency_ms INTEGER NOT NULL, input_tokens INTEGER, output_tokens INTEGER, request_hash TEXT,"
            + " cached INTEGER NOT NULL, attempt INTEGER NOT NULL";

    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS run_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE scenarios (scenario_id TEXT PRIMARY KEY, plan_index INTEGER NOT NULL, source TEXT NOT NULL,
              gold TEXT NOT NULL, answer_type TEXT NOT NULL, text TEXT NOT NULL, attributes TEXT NOT NULL)""",
            "CREATE TABLE judgements (task_id TEXT PRIMARY KEY, judge TEXT NOT NULL, condition TEXT NOT NULL,"
                    + " scenario_id TEXT NOT NULL, label TEXT, method TEXT, note TEXT, raw_reply TEXT, "
                    + CALL_COLUMNS + ")",
            "CREATE TABLE explanations (task_id TEXT PRIMARY KEY, author TEXT NOT NULL, scenario_id TEXT NOT NULL,"
                    + " explanation TEXT, raw_reply TEXT, " + CALL_COLUMNS + ")",
            "CREATE TABLE ratings (task_id TEXT PRIMARY KEY, rater TEXT NOT NULL, author TEXT NOT NULL,"
                    + " scenario_id TEXT NOT NULL, label TEXT, method TEXT, note TEXT, raw_reply TEXT, "
                    + CALL_COLUMNS + ")");

    private BiasTables() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
        }
    }
}
