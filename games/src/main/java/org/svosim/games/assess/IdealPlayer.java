package org.svosim.games.assess;

import java.util.ArrayList;
import java.util.List;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.Question;
import org.svosim.games.play.Stage;

/**
 * The ideal player of an SVO angle: at every question it takes an answer maximising the
 * expected transformed utility {@code cos(t) * own + sin(t) * other} of the round, expecting the
 * others at the same stage to answer uniformly at random and anticipating that later stages of the
 * round are answered by ideal players of its own angle; ties are broken by
 * {@link TieRule}. Deterministic: the same game, history and angle give the same move.
 *
 * @param degrees the angle t in degrees (finite)
 */
public record IdealPlayer(double degrees) {
    public IdealPlayer {
        if (!Double.isFinite(degrees)) {
            throw new IllegalArgumentException("ideal player's angle must be a finite number of degrees, got " + degrees);
        }
    }

    /**
     * The move of {@code player} at the next stage of {@code game} after {@code history}.
     *
     * @throws IllegalArgumentException if the game is over or {@code player} is not asked
     */
    public Move move(Game game, History history, int player) {
        Stage stage = game.next(history).orElseThrow(() -> new IllegalArgumentException(
                game.name() + " is over after " + history.size() + " turns: nothing to answer"));
        int asked = stage.indexOf(player);
        if (asked < 0) {
            throw new IllegalArgumentException(game.name() + ": player " + player + " is not asked at turn " + history.size());
        }
        Question q = stage.questions().get(asked);
        return new Move(player, Outlook.idealAnswer(game, history, stage, q, degrees));
    }

    /**
     * Plays {@code game} to the end between ideal players, seat i having {@code seats.get(i)}.
     *
     * @throws IllegalArgumentException if there is not exactly one player per seat
     */
    public static History playOut(Game game, List<IdealPlayer> seats) {
        if (seats.size() != game.players()) {
            throw new IllegalArgumentException(game.name() + " has " + game.players() + " seats, got " + seats.size() + " players");
        }
        History h = History.empty();
        while (game.next(h).isPresent()) {
            List<Move> moves = new ArrayList<>();
            for (Question q : game.next(h).get().questions()) {
                moves.add(seats.get(q.player()).move(game, h, q.player()));
            }
            h = game.play(h, moves);
        }
        return h;
    }
}
