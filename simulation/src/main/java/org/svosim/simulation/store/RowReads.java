package org.svosim.simulation.store;

import static org.svosim.simulation.store.SqlValues.flag;
import static org.svosim.simulation.store.SqlValues.instant;
import static org.svosim.simulation.store.SqlValues.integer;
import static org.svosim.simulation.store.SqlValues.real;
import static org.svosim.simulation.store.SqlValues.smallInteger;

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

    static TrialRow trial(ResultSet rs) throws SQLException {
        return new TrialRow(rs.getString("trial_id"), rs.getInt("plan_index"), rs.getString("backend"),
                rs.getString("provider"), rs.getString("model_id"), rs.getString("value_label"),
                rs.getDouble("target_degrees"), category(rs.getString("target_category")), rs.getString("protocol"),
                rs.getInt("repetition"), rs.getLong("seed"), upper(TrialStatus.class, rs.getString("status")),
                rs.getString("failure"), real(rs, "angle"), category(rs.getString("category")),
                real(rs, "ideal_low"), real(rs, "ideal_high"), real(rs, "angle_error"),
                real(rs, "value_rationality"), flag(rs, "category_hit"), real(rs, "choice_rationality"),
                real(rs, "ia_index"), rs.getString("goal_statement"), rs.getInt("n_items_invalid"),
                rs.getInt("n_calls"), integer(rs, "input_tokens"), integer(rs, "output_tokens"),
                instant(rs.getString("started_at")), instant(rs.getString("finished_at")),
                integer(rs, "duration_ms"));
    }

    static DecisionRow decision(ResultSet rs) throws SQLException {
        return new DecisionRow(rs.getString("trial_id"), rs.getInt("item_number"), rs.getInt("position"),
                ShownOrder.parse(rs.getString("shown_order")), rs.getString("shown_letter"),
                smallInteger(rs, "chosen_option"), rs.getString("chosen_letter"), real(rs, "payoff_self"),
                real(rs, "payoff_other"), upper(ParseMethod.class, rs.getString("method")), rs.getInt("attempts"),
                rs.getString("raw_reply"));
    }

    static CallRow call(ResultSet rs) throws SQLException {
        return new CallRow(rs.getString("trial_id"), rs.getInt("seq"), upper(ModelRole.class, rs.getString("role")),
                purpose(rs), rs.getString("backend"), rs.getString("model_id"), rs.getInt("ok") != 0,
                rs.getString("error"), instant(rs.getString("started_at")), rs.getLong("latency_ms"),
                smallInteger(rs, "input_tokens"), smallInteger(rs, "output_tokens"), rs.getString("request_hash"),
                rs.getInt("attempt"), rs.getInt("cached") != 0);
    }

    static CallGroup callGroup(ResultSet rs) throws SQLException {
        return new CallGroup(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getInt(4) != 0, rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8));
    }

    static MessageRow message(ResultSet rs) throws SQLException {
        return new MessageRow(rs.getString("trial_id"), rs.getInt("seq"),
                upper(ModelRole.class, rs.getString("model_role")), rs.getString("role"), purpose(rs),
                rs.getString("text"));
    }

    private static CallPurpose purpose(ResultSet rs) throws SQLException {
        Integer item = smallInteger(rs, "item_number");
        return new CallPurpose(upper(CallPurpose.Kind.class, rs.getString("purpose")), item == null ? 0 : item);
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
