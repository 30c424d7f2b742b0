package org.svosim.simulation.export;

import java.util.List;

/**
 * The documented files of a population run: rounds.csv, agents.csv, pair_rates.csv, revealed_angles.csv and
 * slider_consistency.csv ({@link ConsistencyColumns}).
 */
public final class PopulationColumns {
    private static final String DEG = "deg";

    /** One row per decision asked. */
    public static final OutputTable ROUNDS = new OutputTable("rounds.csv",
            "one row per decision asked in a population run (failed moves included), match by match in turn order",
            List.of(
                    text("match_id", "`<game>/<agent>~<agent>[~...]`, seat 0 first"),
                    text("game", "game label from the config"),
                    integer("round", "1-based round of the game"),
                    integer("turn", "0-based turn (stage) of the match"),
                    integer("player", "the decider's seat, 0 = first mover"),
                    text("agent", "the decider, `<group>-<k>`"),
                    text("group", "the decider's group"),
                    text("backend", "the decider's backend"),
                    num("induced_degrees", DEG, "the angle induced in the decider"),
                    text("partner", "the other agents of the match, `~`-joined"),
                    text("partner_group", "their groups, `+`-joined"),
                    text("role", "the decider's role at this stage (dictator, proposer, responder, ...)"),
                    text("choice", "the answer as shown (option label or amount); missing for a failed move"),
                    num("answer", "", "option index (0 = first) or amount; missing for a failed move"),
                    text("failure", "why the move failed (failed call, unclear reply, timeout), else missing"),
                    num("own_payoff", "coins", "the decider's payoff in this round; missing if the round was not finished"),
                    num("other_payoff", "coins", "the partner's payoff in this round (mean of the others in n-player games)"),
                    text("best_ex_post", "answers maximising `cos(t) own + sin(t) other` at the induced angle t given"
                            + " the others' actual answers, `|`-joined"),
                    text("best_uniform", "the same under a uniform belief about the others' answers at this stage"),
                    flag("chose_best_ex_post", "the answer is among `best_ex_post`"),
                    flag("chose_best_uniform", "the answer is among `best_uniform`"),
                    num("rationality_ex_post", "0..1", "value rationality of the answer ex post (1 = a best answer)"),
                    num("rationality_uniform", "0..1", "value rationality under the uniform belief"),
                    integer("calls", "model calls made for the move (a re-ask adds one)"),
                    text("parse_note", "how the reply was read, or why not")));

    /** One row per agent. */
    public static final OutputTable AGENTS = new OutputTable("agents.csv", "one row per population member",
            List.of(
                    text("agent", "`<group>-<k>`"),
                    text("group", "group name"),
                    text("backend", "backend name"),
                    num("induced_degrees", DEG, "the induced angle"),
                    integer("matches", "matches played (abandoned ones included)"),
                    integer("decisions", "moves answered"),
                    integer("failed_moves", "moves that failed"),
                    num("total_payoff", "coins", "payoff summed over all completed rounds"),
                    num("mean_payoff_per_match", "coins", "`total_payoff / matches`"),
                    num("mean_rationality_ex_post", "0..1", "mean value rationality ex post over its decisions"),
                    num("mean_rationality_uniform", "0..1", "mean value rationality under the uniform belief"),
                    text("slider_status", "the agent's slider measure (run.db trial `slider/<agent>`): valid, invalid"
                            + " or failed; missing when it took none"),
                    num("slider_angle", DEG, "SVO angle of its six primary slider answers; missing unless valid"),
                    text("slider_category", "category of `slider_angle`"),
                    num("games_degrees", DEG, "its games-revealed angle (revealed_angles.csv), missing if none"),
                    num("joint_degrees", DEG, "maximum-likelihood angle of its slider answers and game choices"
                            + " together (one logit precision); missing without slider answers"),
                    flag("joint_whole_circle", "the joint data do not bound the angle")));

    /** Rates by the orientations of the pair. */
    public static final OutputTable PAIR_RATES = new OutputTable("pair_rates.csv",
            "one row per game, role, decider group and partner group",
            List.of(
                    text("game", "game label"),
                    text("role", "the decider's role"),
                    text("measure", "`chose <label>`: share of decisions taking the first option (cooperate,"
                            + " accept); `amount share`: mean of `(amount - min) / (max - min)` (share given,"
                            + " offered, contributed, sent or returned)"),
                    text("group", "the decider's group"),
                    text("partner_group", "the partners' groups, `+`-joined"),
                    integer("decisions", "decisions averaged"),
                    num("rate", "0..1", "the measure's mean")));

    /** Revealed versus induced angle per agent. */
    public static final OutputTable REVEALED = new OutputTable("revealed_angles.csv",
            "one row per agent with at least one decision usable by the estimator",
            List.of(
                    text("agent", "`<group>-<k>`"),
                    text("group", "group name"),
                    text("backend", "backend name"),
                    num("induced_degrees", DEG, "the induced angle"),
                    integer("decisions", "decisions used: those whose every answer ends the round (see"
                            + " org.svosim.games.assess.RevealedChoices), with payoffs given the others' actual answers"),
                    num("revealed_degrees", DEG, "maximum-likelihood angle under the logit rule"),
                    num("revealed_low", DEG, "lower end of the approximate 95% interval (may pass -180)"),
                    num("revealed_high", DEG, "upper end of that interval"),
                    num("lambda", "1/coin", "the logit precision at the estimate (0: no better than chance)"),
                    flag("whole_circle", "the data do not bound the angle"),
                    num("revealed_minus_induced", DEG, "revealed minus induced angle, wrapped to [-180, 180)")));

    /** The five tables, in codebook order. */
    public static final List<OutputTable> ALL = List.of(ROUNDS, AGENTS, PAIR_RATES, REVEALED,
            ConsistencyColumns.TABLE);

    private PopulationColumns() {
    }

    private static Column text(String name, String meaning) {
        return new Column(name, ColumnType.TEXT, "", meaning);
    }

    private static Column integer(String name, String meaning) {
        return new Column(name, ColumnType.INTEGER, "", meaning);
    }

    private static Column flag(String name, String meaning) {
        return new Column(name, ColumnType.FLAG, "", meaning);
    }

    private static Column num(String name, String unit, String meaning) {
        return new Column(name, ColumnType.DECIMAL, unit, meaning);
    }
}
