package org.svosim.simulation.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the run database. Plain tables, snake_case columns, REAL/INTEGER/TEXT only
 * (booleans as 0/1, timestamps as ISO-8601 UTC text), so R, Python and DuckDB read them as they are.
 * docs/outputs.md documents every column.
 */
final class StoreSchema {
    /** Bumped whenever a table changes shape; stored in run_info as {@code schema_version}. */
    static final int VERSION = 3;

    /** The oldest version this code still reads (version 2 had a plain {@code messages} table of the same shape). */
    static final int OLDEST_READABLE_VERSION = 2;

    private static final List<String> DDL = List.of(
            "CREATE TABLE run_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE items (item_number INTEGER NOT NULL, kind TEXT NOT NULL, option_index INTEGER NOT NULL,
              option_letter TEXT NOT NULL, payoff_self REAL NOT NULL, payoff_other REAL NOT NULL,
              PRIMARY KEY (item_number, option_index))""",
            """
            CREATE TABLE trials (trial_id TEXT PRIMARY KEY, plan_index INTEGER NOT NULL, backend TEXT NOT NULL,
              provider TEXT, model_id TEXT, value_label TEXT NOT NULL, target_degrees REAL NOT NULL,
              target_category TEXT, protocol TEXT NOT NULL, repetition INTEGER NOT NULL, seed INTEGER NOT NULL,
              status TEXT NOT NULL, failure TEXT, angle REAL, category TEXT, ideal_low REAL, ideal_high REAL,
              angle_error REAL, value_rationality REAL, category_hit INTEGER, choice_rationality REAL,
              ia_index REAL, goal_statement TEXT, n_items_invalid INTEGER NOT NULL, n_calls INTEGER NOT NULL,
              input_tokens INTEGER, output_tokens INTEGER, started_at TEXT, finished_at TEXT, duration_ms INTEGER)""",
            "CREATE INDEX trials_by_plan_index ON trials (plan_index)",
            """
            CREATE TABLE decisions (trial_id TEXT NOT NULL REFERENCES trials (trial_id), item_number INTEGER NOT NULL,
              position INTEGER NOT NULL, shown_order TEXT NOT NULL, shown_letter TEXT, chosen_option INTEGER,
              chosen_letter TEXT, payoff_self REAL, payoff_other REAL, method TEXT NOT NULL,
              attempts INTEGER NOT NULL, raw_reply TEXT, PRIMARY KEY (trial_id, position)) WITHOUT ROWID""",
            """
            CREATE TABLE calls (trial_id TEXT NOT NULL, attempt INTEGER NOT NULL, seq INTEGER NOT NULL,
              role TEXT NOT NULL, purpose TEXT NOT NULL, item_number INTEGER, backend TEXT, model_id TEXT,
              ok INTEGER NOT NULL, error TEXT, started_at TEXT, latency_ms INTEGER NOT NULL, input_tokens INTEGER,
              output_tokens INTEGER, request_hash TEXT, cached INTEGER NOT NULL,
              PRIMARY KEY (trial_id, attempt, seq)) WITHOUT ROWID""",
            // each distinct message text once: a run repeats the same system and item prompts in every trial
            """
            CREATE TABLE texts (text_id INTEGER PRIMARY KEY, text_hash TEXT NOT NULL UNIQUE,
              text TEXT NOT NULL)""",
            """
            CREATE TABLE trial_messages (trial_id TEXT NOT NULL REFERENCES trials (trial_id), seq INTEGER NOT NULL,
              model_role TEXT NOT NULL, role TEXT NOT NULL, purpose TEXT NOT NULL, item_number INTEGER,
              text_id INTEGER REFERENCES texts (text_id), PRIMARY KEY (trial_id, seq)) WITHOUT ROWID""",
            // the messages as one table, with the shape of schema version 2
            """
            CREATE VIEW messages AS SELECT m.trial_id, m.seq, m.model_role, m.role, m.purpose, m.item_number,
              t.text FROM trial_messages m LEFT JOIN texts t ON t.text_id = m.text_id""");

    private StoreSchema() {
    }

    /** Creates every table and index in an empty database. */
    static void create(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
        }
    }
}
