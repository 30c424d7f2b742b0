package org.svosim.simulation.population;

import java.util.List;
import org.svosim.simulation.config.PopulationSpec.GameSpec;

/**
 * One planned match: a game and who sits in which seat.
 *
 * @param matchId stable id {@code <game>/<agent>-<agent>[...]}
 * @param index   position in the schedule, from 0 (each agent plays its matches in this order)
 * @param game    the game played
 * @param seats   agent names, seat 0 first
 */
public record MatchPlan(String matchId, int index, GameSpec game, List<String> seats) {
    public MatchPlan {
        seats = List.copyOf(seats);
        if (seats.size() != game.game().players()) {
            throw new IllegalArgumentException(game.label() + " needs " + game.game().players() + " players, got "
                    + seats);
        }
    }
}
