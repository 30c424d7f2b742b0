package org.svosim.simulation.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.play.Game;
import org.svosim.games.play.MatrixGame;
import org.svosim.games.play.OptionListGame;
import org.svosim.games.play.PayoffMatrix;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.play.PublicGoodsGame;
import org.svosim.games.play.SliderGame;
import org.svosim.games.play.SplitGame;
import org.svosim.games.play.TrustGame;
import org.svosim.games.play.UltimatumGame;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.simulation.config.PopulationSpec.GameSpec;

/** Reads {@code population.games}: one game per entry, its parameters checked by the game itself. */
final class GameSection {
    private static final String EXPECTED = "a game {type: " + String.join("|", PopulationFields.GAME_TYPES) + ", ...}";

    private GameSection() {
    }

    /** The games, or null if any entry has a problem (reported). */
    static List<GameSpec> read(ConfigNode node) {
        List<ConfigNode> elements = node.elements("a list of games, each " + EXPECTED);
        if (node.isArray() && elements.isEmpty()) {
            node.problem("must list at least one game");
        }
        List<GameSpec> games = new ArrayList<>();
        Map<String, Integer> perType = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (ConfigNode g : elements) {
            if (!g.expectObject(EXPECTED)) {
                return null;
            }
            String type = g.require(PopulationFields.TYPE.name(), String.join(", ", PopulationFields.GAME_TYPES))
                    .oneOf("game type", PopulationFields.GAME_TYPES);
            if (type == null) {
                return null;
            }
            FieldSet fields = PopulationFields.BY_TYPE.get(type);
            g.allowOnly(fields);
            String label = g.get(PopulationFields.LABEL.name()).name("game name");
            int n = perType.merge(type, 1, Integer::sum);
            if (label == null) {
                label = n == 1 ? type : type + "-" + n;
            }
            String first = seen.putIfAbsent(label, g.path().display());
            if (first != null) {
                g.problem("game name '" + label + "' is used twice (also at " + first + "); give each a unique name");
            }
            Game game;
            try {
                game = build(type, label, g, fields);
            } catch (IllegalArgumentException e) {
                g.problem("is not a valid " + type + " game: " + e.getMessage());
                game = null;
            }
            if (game == null) {
                return null;
            }
            games.add(new GameSpec(label, game));
        }
        return games;
    }

    private static Game build(String type, String label, ConfigNode g, FieldSet f) {
        switch (type) {
            case "slider":
                boolean all = "all".equals(FieldReads.choice(g, f.field("items"), "items"));
                var items = (all ? MurphySliderItems.all() : MurphySliderItems.primary()).items();
                return FieldReads.bool(g, f.field("mutual")) ? SliderGame.mutual(items) : SliderGame.oneWay(items);
            case "dictator":
                return new DictatorGame(num(g, f, "endowment"), num(g, f, "step"));
            case "ultimatum":
                return new UltimatumGame(num(g, f, "endowment"), num(g, f, "step"));
            case "prisoners_dilemma":
                return new PrisonersDilemma(num(g, f, "temptation"), num(g, f, "reward"), num(g, f, "punishment"),
                        num(g, f, "sucker"), FieldReads.smallInteger(g, f.field("rounds")));
            case "public_goods":
                return new PublicGoodsGame(FieldReads.smallInteger(g, f.field("players")), num(g, f, "endowment"),
                        num(g, f, "multiplier"), num(g, f, "step"), FieldReads.smallInteger(g, f.field("rounds")));
            case "trust":
                return new TrustGame(num(g, f, "endowment"), num(g, f, "multiplier"), num(g, f, "step"));
            case "split":
                return new SplitGame(label, num(g, f, "endowment"), num(g, f, "step"), num(g, f, "transfer_rate"));
            case "options":
                List<Allocation> options = pairs(g.require(PopulationFields.GAME_OPTIONS.name(), "[self, other] pairs"));
                return options == null ? null : OptionListGame.lettered(label, options);
            default:
                return matrix(label, g, f);
        }
    }

    private static Game matrix(String label, ConfigNode g, FieldSet f) {
        List<String> rows = labels(g.require(PopulationFields.ROWS.name(), "a list of row labels"));
        List<String> columns = labels(g.require(PopulationFields.COLUMNS.name(), "a list of column labels"));
        List<List<Double>> rowPayoffs = numbers(g.require(PopulationFields.ROW_PAYOFFS.name(), "rows of numbers"));
        List<List<Double>> columnPayoffs = numbers(g.require(PopulationFields.COLUMN_PAYOFFS.name(), "rows of numbers"));
        Integer rounds = FieldReads.smallInteger(g, f.field("rounds"));
        if (rows == null || columns == null || rowPayoffs == null || columnPayoffs == null) {
            return null;
        }
        return new MatrixGame(label, new PayoffMatrix(rows, columns, rowPayoffs, columnPayoffs), rounds);
    }

    private static double num(ConfigNode g, FieldSet f, String name) {
        Double v = FieldReads.number(g, f.field(name));
        if (v == null) {
            throw new IllegalArgumentException(name + " is missing or invalid");
        }
        return v;
    }

    private static List<Allocation> pairs(ConfigNode node) {
        List<Allocation> out = new ArrayList<>();
        for (ConfigNode option : node.elements("a list of [self, other] pairs")) {
            Allocation a = ItemSection.readPair(option);
            if (a == null) {
                return null;
            }
            out.add(a);
        }
        return out.isEmpty() ? null : out;
    }

    private static List<String> labels(ConfigNode node) {
        List<String> out = new ArrayList<>();
        for (ConfigNode e : node.elements("a list of labels")) {
            String s = e.nonBlank("a label");
            if (s == null) {
                return null;
            }
            out.add(s);
        }
        return out.isEmpty() ? null : out;
    }

    private static List<List<Double>> numbers(ConfigNode node) {
        List<List<Double>> out = new ArrayList<>();
        for (ConfigNode row : node.elements("a list of rows of numbers")) {
            List<Double> r = new ArrayList<>();
            for (ConfigNode x : row.elements("a row of numbers")) {
                Double d = x.number(Range.any());
                if (d == null) {
                    return null;
                }
                r.add(d);
            }
            out.add(r);
        }
        return out.isEmpty() ? null : out;
    }
}
