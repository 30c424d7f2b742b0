package org.svosim.simulation.store;

import static org.svosim.simulation.store.SqlValues.setFlag;
import static org.svosim.simulation.store.SqlValues.setInteger;
import static org.svosim.simulation.store.SqlValues.setReal;
import static org.svosim.simulation.store.SqlValues.setText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;

/** The INSERT statements of the run database, one method per table. The caller owns the transaction. */
final class RowInserts {
    private RowInserts() {
    }

    static void items(Connection c, SliderMeasure measure) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO items (item_number, kind, option_index,"
                + " option_letter, payoff_self, payoff_other) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (SliderItem item : measure.items()) {
                for (int k = 0; k < item.size(); k++) {
                    st.setInt(1, item.number());
                    st.setString(2, item.kind().name().toLowerCase(Locale.ROOT));
                    st.setInt(3, k);
                    st.setString(4, String.valueOf(SliderItem.letter(k)));
                    st.setDouble(5, item.option(k).self());
                    st.setDouble(6, item.option(k).other());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private static final String INSERT_TRIAL = "INSERT INTO trials (trial_id, plan_index, backend, provider,"
            + " model_id, value_label, target_degrees, target_category, protocol, repetition, seed, status,"
            + " failure, angle, category, ideal_low, ideal_high, angle_error, value_rationality, category_hit,"
            + " choice_rationality, ia_index, goal_statement, n_items_invalid, n_calls, input_tokens,"
            + " output_tokens, started_at, finished_at, duration_ms)"
            + " VALUES (" + "?, ".repeat(29) + "?)";

    static void trial(StatementCache c, TrialRow t) throws SQLException {
        PreparedStatement st = c.get(INSERT_TRIAL);
        int i = 0;
        setText(st, ++i, t.trialId());
        st.setInt(++i, t.planIndex());
        setText(st, ++i, t.backend());
        setText(st, ++i, t.provider());
        setText(st, ++i, t.modelId());
        setText(st, ++i, t.valueLabel());
        st.setDouble(++i, t.targetDegrees());
        setText(st, ++i, t.targetCategory() == null ? null : t.targetCategory().label());
        setText(st, ++i, t.protocol());
        st.setInt(++i, t.repetition());
        st.setLong(++i, t.seed());
        setText(st, ++i, t.status().label());
        setText(st, ++i, t.failure());
        setReal(st, ++i, t.angle());
        setText(st, ++i, t.category() == null ? null : t.category().label());
        setReal(st, ++i, t.idealLow());
        setReal(st, ++i, t.idealHigh());
        setReal(st, ++i, t.angleError());
        setReal(st, ++i, t.valueRationality());
        setFlag(st, ++i, t.categoryHit());
        setReal(st, ++i, t.choiceRationality());
        setReal(st, ++i, t.iaIndex());
        setText(st, ++i, t.goalStatement());
        st.setInt(++i, t.nItemsInvalid());
        st.setInt(++i, t.nCalls());
        setInteger(st, ++i, t.inputTokens());
        setInteger(st, ++i, t.outputTokens());
        setText(st, ++i, SqlValues.timestamp(t.startedAt()));
        setText(st, ++i, SqlValues.timestamp(t.finishedAt()));
        setInteger(st, ++i, t.durationMs());
        st.executeUpdate();
    }

    static void decisions(StatementCache c, List<DecisionRow> rows) throws SQLException {
        PreparedStatement st = c.get("INSERT INTO decisions (trial_id, item_number, position,"
            + " shown_order, shown_letter, chosen_option, chosen_letter, payoff_self, payoff_other, method,"
            + " attempts, raw_reply) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (DecisionRow d : rows) {
            setText(st, 1, d.trialId());
            st.setInt(2, d.itemNumber());
            st.setInt(3, d.position());
            setText(st, 4, d.shownOrderText());
            setText(st, 5, d.shownLetter());
            setInteger(st, 6, d.chosenOption() == null ? null : d.chosenOption().longValue());
            setText(st, 7, d.chosenLetter());
            setReal(st, 8, d.payoffSelf());
            setReal(st, 9, d.payoffOther());
            setText(st, 10, d.method().label());
            st.setInt(11, d.attempts());
            setText(st, 12, d.rawReply());
            st.addBatch();
        }
        st.executeBatch();
    }

    private static final String INSERT_CALL = "INSERT INTO calls (trial_id, seq, role, purpose, item_number,"
            + " backend, model_id, ok, error, started_at, latency_ms, input_tokens, output_tokens, request_hash,"
            + " attempt, cached) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One call row (saved the moment its call returns). */
    static void call(StatementCache c, CallRow r) throws SQLException {
        PreparedStatement st = c.get(INSERT_CALL);
        bindCall(st, r);
        st.executeUpdate();
    }

    private static void bindCall(PreparedStatement st, CallRow r) throws SQLException {
        setText(st, 1, r.trialId());
        st.setInt(2, r.seq());
        setText(st, 3, r.role().name().toLowerCase(Locale.ROOT));
        setText(st, 4, purposeStep(r.purpose()));
        setInteger(st, 5, purposeItem(r.purpose()));
        setText(st, 6, r.backend());
        setText(st, 7, r.modelId());
        setFlag(st, 8, r.ok());
        setText(st, 9, r.error());
        setText(st, 10, SqlValues.timestamp(r.startedAt()));
        st.setLong(11, r.latencyMs());
        setInteger(st, 12, r.inputTokens() == null ? null : r.inputTokens().longValue());
        setInteger(st, 13, r.outputTokens() == null ? null : r.outputTokens().longValue());
        setText(st, 14, r.requestHash());
        st.setInt(15, r.attempt());
        setFlag(st, 16, r.cached());
    }

    static void messages(StatementCache c, TextIds texts, List<MessageRow> rows) throws SQLException {
        Long[] textIds = new Long[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            textIds[k] = texts.idOf(c, rows.get(k).text());
        }
        PreparedStatement st = c.get("INSERT INTO trial_messages (trial_id, seq, model_role, role,"
                + " purpose, item_number, text_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (int k = 0; k < rows.size(); k++) {
            MessageRow m = rows.get(k);
            setText(st, 1, m.trialId());
            st.setInt(2, m.seq());
            setText(st, 3, m.modelRole().name().toLowerCase(Locale.ROOT));
            setText(st, 4, m.role());
            setText(st, 5, purposeStep(m.purpose()));
            setInteger(st, 6, purposeItem(m.purpose()));
            setInteger(st, 7, textIds[k]);
            st.addBatch();
        }
        st.executeBatch();
    }

    /** The step of a purpose as stored: "induction", "item", "reask", ... */
    static String purposeStep(CallPurpose p) {
        return p.kind().name().toLowerCase(Locale.ROOT);
    }

    private static Long purposeItem(CallPurpose p) {
        return p.itemNumber() == 0 ? null : (long) p.itemNumber();
    }
}
