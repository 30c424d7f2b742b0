package org.svosim.simulation.export;

import java.util.List;

/** slider_consistency.csv of a population run: the slider measure against the games, per backend and induced value. */
public final class ConsistencyColumns {
    private static final String DEG = "deg";
    private static final String MEAN = "circular mean over the backend's agents of this value of ";
    private static final String CI = "lower end of the 95% bootstrap interval of ";
    private static final String CI_HIGH = "upper end of that interval";

    /** One row per backend and induced value. */
    public static final OutputTable TABLE = new OutputTable("slider_consistency.csv",
            "one row per backend and induced value of a population run, in group order", List.of(
                    Column.text("backend", "backend name"),
                    Column.text("value", "the induced value's label"),
                    num("induced_degrees", DEG, "the induced angle"),
                    Column.text("induced_category", "category of the induced angle (Murphy's boundaries)"),
                    Column.integer("agents", "agents of this backend and value"),
                    Column.integer("slider_n", "agents with a valid slider measure (all six primary items answered)"),
                    num("slider_mean_degrees", DEG, MEAN + "the slider angles"),
                    num("slider_low", DEG, CI + "`slider_mean_degrees`"),
                    num("slider_high", DEG, CI_HIGH),
                    num("slider_mean_angle_error", DEG, "mean over the valid sliders of the trials' `angle_error`: the"
                            + " signed distance to the induced value's ideal angle interval on the slider (0 inside;"
                            + " the slider cannot reach 90 or -45 degrees, so compare this rather than"
                            + " `slider_minus_induced` for extreme values)"),
                    Column.integer("games_n", "agents whose games-revealed angle is bounded (revealed_angles.csv"
                            + " rows with `whole_circle` false)"),
                    num("games_mean_degrees", DEG, MEAN + "the games-revealed angles"),
                    num("games_low", DEG, CI + "`games_mean_degrees`"),
                    num("games_high", DEG, CI_HIGH),
                    Column.integer("joint_n", "agents with a bounded joint angle (agents.csv `joint_degrees`)"),
                    num("joint_mean_degrees", DEG, MEAN + "the joint angles of slider answers and game choices"),
                    num("slider_minus_induced", DEG, "`slider_mean_degrees - induced_degrees`, wrapped to (-180, 180]"),
                    num("games_minus_induced", DEG, "`games_mean_degrees - induced_degrees`, wrapped to (-180, 180]"),
                    Column.integer("paired_n", "agents with both a valid slider and a bounded games angle"),
                    num("slider_minus_games", DEG, "circular mean of each paired agent's slider minus games angle"
                            + " (wrapped); positive: the slider is more prosocial than the games"),
                    num("slider_minus_games_low", DEG, CI + "`slider_minus_games`"),
                    num("slider_minus_games_high", DEG, CI_HIGH),
                    Column.integer("slider_category_hits", "valid sliders whose category equals `induced_category`"),
                    num("slider_category_share", "0..1", "`slider_category_hits / slider_n`")));

    private ConsistencyColumns() {
    }

    private static Column num(String name, String unit, String meaning) {
        return Column.of(name, ColumnType.DECIMAL, unit, meaning);
    }
}
