package org.svosim.simulation.config;

import static org.svosim.simulation.config.ConfigField.choice;
import static org.svosim.simulation.config.ConfigField.integer;
import static org.svosim.simulation.config.ConfigField.number;
import static org.svosim.simulation.config.ConfigField.of;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of {@code population} and of its groups and games (configs/README.md, "Populations"). */
final class PopulationFields {
    static final List<String> PAIRINGS = List.of("round_robin", "random", "ring", "fixed");
    static final List<String> GAME_TYPES = List.of("slider", "dictator", "ultimatum", "prisoners_dilemma",
            "public_goods", "trust", "options", "matrix", "split");
    static final List<String> SLIDER_ITEMS = List.of("primary", "all");

    static final ConfigField GROUPS = of("groups", FieldType.GROUPS,
            "The population: groups of agents sharing a backend and an induced value.").asRequired();
    static final ConfigField GAMES = of("games", FieldType.GAMES,
            "The games every pairing plays, in order; each game is played by every pair (or n-player group).")
            .asRequired();
    static final ConfigField PAIRING = choice("pairing", PAIRINGS,
            "Who meets whom: round_robin (every pair once), random (a random perfect matching from the seed),"
                    + " ring (each agent with the next) or fixed (the pairs under pairs).").defaultsTo("round_robin");
    static final ConfigField PAIRS = of("pairs", FieldType.PAIRS,
            "With pairing: fixed, the pairs [agent, agent]; agents are named <group>-<k>, k from 1.");
    static final ConfigField MEMORY_WINDOW = integer("memory_window", Range.between(0, 1000),
            "How many of its past rounds an agent remembers and is reminded of (0: none).").defaultsTo(5L);
    static final ConfigField MOVE_TIMEOUT = number("move_timeout_seconds", Range.greaterThan(0),
            "Seconds a referee waits for a move; a late or failed move is recorded and the match abandoned.")
            .defaultsTo(300.0);
    static final ConfigField SLIDER = of("slider", FieldType.POPULATION_SLIDER,
            "Whether, when and with which protocol each agent also takes the SVO slider measure (default: direct,"
                    + " before its matches).");
    static final ConfigField FEEDBACK = of("feedback", FieldType.NON_BLANK_TEXT,
            "What each agent is told after a round: none, own (its move and payoff), full (every move and both"
                    + " payoffs) or a template with {{placeholders}}.").defaultsTo("full");
    static final FieldSet POPULATION = FieldSet.of("a population", GROUPS, GAMES, PAIRING, PAIRS, MEMORY_WINDOW,
            MOVE_TIMEOUT, SLIDER, FEEDBACK);

    static final ConfigField GROUP_NAME = of("name", FieldType.NAME,
            "Group name; its agents are <name>-1 .. <name>-<count>.").asRequired();
    static final ConfigField COUNT = integer("count", Range.between(1, 100_000), "Agents in the group.").defaultsTo(1L);
    static final ConfigField BACKEND = of("backend", FieldType.BACKEND_NAME,
            "The backend (under backends) the group's agents ask.").asRequired();
    static final ConfigField VALUE = of("value", FieldType.GROUP_VALUE,
            "The value induced in the group: a category name or {angle: DEGREES, name: LABEL}.").asRequired();
    static final FieldSet GROUP = FieldSet.of("a population group", GROUP_NAME, COUNT, BACKEND, VALUE);

    static final ConfigField TYPE = choice("type", GAME_TYPES, "The game: " + String.join(", ", GAME_TYPES) + ".")
            .asRequired();
    static final ConfigField LABEL = of("name", FieldType.NAME,
            "Label of the game in tables (default: its type, numbered when a type repeats).");
    static final ConfigField ROUNDS = integer("rounds", Range.between(1, 100),
            "Rounds of a repeated game (both players see the earlier rounds).").defaultsTo(1L);
    static final ConfigField ENDOWMENT = number("endowment", Range.greaterThan(0),
            "Coins to split, send or contribute from (per player per round in public goods).").defaultsTo(10.0);
    static final ConfigField STEP = number("step", Range.greaterThan(0),
            "Smallest unit of an amount (1 = whole coins).").defaultsTo(1.0);
    static final ConfigField MULTIPLIER = number("multiplier", Range.greaterThan(1),
            "Public goods: factor on the pot, 1 < m < players; trust: factor on what is sent.");
    static final ConfigField PLAYERS = integer("players", Range.between(2, 100),
            "Public goods: players per group.").defaultsTo(4L);
    static final ConfigField TEMPTATION = number("temptation", Range.any(), "T: defect against a cooperator.")
            .defaultsTo(5.0);
    static final ConfigField REWARD = number("reward", Range.any(), "R: both cooperate.").defaultsTo(3.0);
    static final ConfigField PUNISHMENT = number("punishment", Range.any(), "P: both defect.").defaultsTo(1.0);
    static final ConfigField SUCKER = number("sucker", Range.any(), "S: cooperate against a defector.").defaultsTo(0.0);
    static final ConfigField TRANSFER_RATE = number("transfer_rate", Range.greaterThan(0),
            "Split: what each coin given is worth to the receiver.").defaultsTo(1.0);
    static final ConfigField GAME_OPTIONS = of("options", FieldType.OPTION_PAIRS,
            "Options: 2 to 26 allocations [self, other], labelled A, B, C, ...").asRequired();
    static final ConfigField ROWS = of("rows", FieldType.LABELS, "Matrix: the row player's option labels.")
            .asRequired();
    static final ConfigField COLUMNS = of("columns", FieldType.LABELS, "Matrix: the column player's option labels.")
            .asRequired();
    static final ConfigField ROW_PAYOFFS = of("row_payoffs", FieldType.PAYOFF_ROWS,
            "Matrix: one list per row of the row player's payoff against each column.").asRequired();
    static final ConfigField COLUMN_PAYOFFS = of("column_payoffs", FieldType.PAYOFF_ROWS,
            "Matrix: one list per row of the column player's payoff against each column.").asRequired();
    static final ConfigField ITEMS = choice("items", SLIDER_ITEMS,
            "Slider: primary (items 1-6) or all (items 1-15).").defaultsTo("primary");
    static final ConfigField MUTUAL = of("mutual", FieldType.BOOLEAN,
            "Slider: both players allocate to each other (else only the first).").defaultsTo(true);

    /** The field set of each game type. */
    static final Map<String, FieldSet> BY_TYPE = byType();

    private PopulationFields() {
    }

    private static Map<String, FieldSet> byType() {
        Map<String, FieldSet> m = new LinkedHashMap<>();
        m.put("slider", FieldSet.of("a slider game", TYPE, LABEL, ITEMS, MUTUAL));
        m.put("dictator", FieldSet.of("a dictator game", TYPE, LABEL, ENDOWMENT, STEP));
        m.put("ultimatum", FieldSet.of("an ultimatum game", TYPE, LABEL, ENDOWMENT, STEP));
        m.put("prisoners_dilemma", FieldSet.of("a prisoners_dilemma game", TYPE, LABEL, TEMPTATION, REWARD,
                PUNISHMENT, SUCKER, ROUNDS));
        m.put("public_goods", FieldSet.of("a public_goods game", TYPE, LABEL, PLAYERS, ENDOWMENT,
                MULTIPLIER.defaultsTo(2.0), STEP, ROUNDS));
        m.put("trust", FieldSet.of("a trust game", TYPE, LABEL, ENDOWMENT, MULTIPLIER.defaultsTo(3.0), STEP));
        m.put("options", FieldSet.of("an options game", TYPE, LABEL, GAME_OPTIONS));
        m.put("matrix", FieldSet.of("a matrix game", TYPE, LABEL, ROWS, COLUMNS, ROW_PAYOFFS, COLUMN_PAYOFFS,
                ROUNDS));
        m.put("split", FieldSet.of("a split game", TYPE, LABEL, ENDOWMENT, STEP, TRANSFER_RATE));
        return Map.copyOf(m);
    }
}
