package org.svosim.simulation.population;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.simulation.config.PopulationSpec;
import org.svosim.simulation.config.PopulationSpec.GameSpec;
import org.svosim.simulation.store.RunStoreException;

/**
 * Reads the matches of a population run back from run.db, replaying each match's answered moves
 * into its game (from the run's config), so that the outputs can be rewritten without a model.
 */
public final class PopulationReader {
    private PopulationReader() {
    }

    /** Every stored match, in schedule order. */
    public static List<MatchRecord> matches(Path dbFile, PopulationSpec population) {
        Map<String, GameSpec> games = new HashMap<>();
        population.games().forEach(g -> games.put(g.label(), g));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
             PreparedStatement ms = c.prepareStatement("SELECT match_id, match_index, game, seats, status, reason"
                     + " FROM matches ORDER BY match_index");
             PreparedStatement mv = c.prepareStatement("SELECT turn, player, agent, answer, failure, question, reply,"
                     + " parse_note, calls, latency_ms, input_tokens, output_tokens, model_id FROM moves"
                     + " WHERE match_id = ? ORDER BY seq")) {
            List<MatchRecord> out = new ArrayList<>();
            ResultSet m = ms.executeQuery();
            while (m.next()) {
                GameSpec spec = games.get(m.getString(3));
                if (spec == null) {
                    throw new RunStoreException("match " + m.getString(1) + " plays game '" + m.getString(3)
                            + "', which the run's config does not define");
                }
                MatchPlan plan = new MatchPlan(m.getString(1), m.getInt(2), spec, Arrays.asList(m.getString(4).split(",")));
                mv.setString(1, plan.matchId());
                List<MoveReply> moves = new ArrayList<>();
                ResultSet r = mv.executeQuery();
                while (r.next()) {
                    double value = r.getDouble(4);
                    Double answer = r.wasNull() ? null : value;
                    moves.add(new MoveReply(r.getString(3), r.getInt(2), r.getInt(1), answer,
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getInt(9), r.getLong(10),
                            integer(r, 11), integer(r, 12), r.getString(13), List.of()));
                }
                History h = replay(spec.game(), moves);
                out.add(new MatchRecord(plan, h, moves, m.getString(5), m.getString(6), spec.game().payoffs(h)));
            }
            return out;
        } catch (SQLException e) {
            throw new RunStoreException("cannot read the population tables of " + dbFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * The history of the turns whose every move was answered (up to a turn the game refused, where
     * the referee abandoned the match too).
     */
    static History replay(Game game, List<MoveReply> moves) {
        History h = History.empty();
        int turn = 0;
        while (game.next(h).isPresent()) {
            List<Move> played = new ArrayList<>();
            for (MoveReply r : moves) {
                if (r.turn() == turn && r.ok()) {
                    played.add(new Move(r.player(), r.answer()));
                }
            }
            if (played.size() != game.next(h).get().questions().size()) {
                return h;
            }
            try {
                h = game.play(h, played);
            } catch (IllegalArgumentException invalid) {
                return h;
            }
            turn++;
        }
        return h;
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }
}
