package org.svosim.simulation.store;

import static org.svosim.simulation.store.SqlValues.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.ModelRole;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.ItemKind;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.run.TrialStatus;

/** Reads one row of a run-database table (the current row of a result set) into its record. */
final class RowReads {
    private RowReads() {
    }

    /** Rebuilds the measure from the {@code items} table. */
    static SliderMeasure measure(Connection c, String name) throws SQLException {
        List<SliderItem> items = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT item_number, kind, option_index, payoff_self,"
                + " payoff_other FROM items ORDER BY item_number, option_index");
             ResultSet rs = st.executeQuery()) {
            List<Allocation> options = new ArrayList<>();
            int number = -1;
            ItemKind kind = null;
            while (rs.next()) {
                if (rs.getInt(1) != number && number != -1) {
                    items.add(new SliderItem(number, kind, options));
                    options = new ArrayList<>();
                }
                number = rs.getInt(1);
                kind = upper(ItemKind.class, rs.getString(2));
                if (rs.getInt(3) != options.size()) {
                    throw new RunStoreException("items table: item " + number + " lacks option " + options.size());
                }
                options.add(new Allocation(rs.getDouble(4), rs.getDouble(5)));
            }
            if (number != -1) {
                items.add(new SliderItem(number, kind, options));
            }
        }
        return new SliderMeasure(name, items);
    }

    static TrialRow trial(Row r) throws SQLException {
        return new TrialRow(r.text("trial_id"), r.integer("plan_index"), r.label("backend"),
                r.label("provider"), r.label("model_id"), r.label("value_label"),
                r.real("target_degrees"), category(r.text("target_category")), r.label("protocol"),
                r.integer("repetition"), r.longInteger("seed"), upper(TrialStatus.class, r.text("status")),
                r.text("failure"), r.nullableReal("angle"), category(r.text("category")),
                r.nullableReal("ideal_low"), r.nullableReal("ideal_high"), r.nullableReal("angle_error"),
                r.nullableReal("value_rationality"), r.nullableFlag("category_hit"),
                r.nullableReal("choice_rationality"),
                r.nullableReal("ia_index"), r.text("goal_statement"), r.integer("n_items_invalid"),
                r.integer("n_calls"), r.nullableLong("input_tokens"), r.nullableLong("output_tokens"),
                instant(r.text("started_at")), instant(r.text("finished_at")),
                r.nullableLong("duration_ms"));
    }

    static DecisionRow decision(Row r) throws SQLException {
        return new DecisionRow(r.text("trial_id"), r.integer("item_number"), r.integer("position"),
                ShownOrder.parse(r.text("shown_order")), r.text("shown_letter"),
                r.nullableInteger("chosen_option"), r.text("chosen_letter"), r.nullableReal("payoff_self"),
                r.nullableReal("payoff_other"), upper(ParseMethod.class, r.text("method")), r.integer("attempts"),
                r.text("raw_reply"));
    }

    static AnswerCount answerCount(Row r) throws SQLException {
        ResultSet rs = r.resultSet();
        return new AnswerCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getDouble(7), rs.getDouble(8));
    }

    static CallRow call(Row r) throws SQLException {
        return new CallRow(r.text("trial_id"), r.integer("seq"), upper(ModelRole.class, r.text("role")),
                purpose(r), r.text("backend"), r.text("model_id"), r.integer("ok") != 0,
                r.text("error"), instant(r.text("started_at")), r.longInteger("latency_ms"),
                r.nullableInteger("input_tokens"), r.nullableInteger("output_tokens"), r.text("request_hash"),
                r.integer("attempt"), r.integer("cached") != 0);
    }

    static CallGroup callGroup(Row r) throws SQLException {
        ResultSet rs = r.resultSet();
        return new CallGroup(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getInt(4) != 0, rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8));
    }

    static MessageRow message(Row r) throws SQLException {
        return new MessageRow(r.text("trial_id"), r.integer("seq"),
                upper(ModelRole.class, r.text("model_role")), r.text("role"), purpose(r),
                r.text("text"));
    }

    private static CallPurpose purpose(Row r) throws SQLException {
        Integer item = r.nullableInteger("item_number");
        return new CallPurpose(upper(CallPurpose.Kind.class, r.text("purpose")), item == null ? 0 : item);
    }

    private static SvoCategory category(String label) {
        return label == null ? null : SvoCategory.fromLabel(label);
    }

    private static <E extends Enum<E>> E upper(Class<E> type, String label) {
        try {
            return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RunStoreException("unknown " + type.getSimpleName() + " '" + label + "' in the run database", e);
        }
    }
}
