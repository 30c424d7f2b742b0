package org.svosim.games.assess;

import org.svosim.games.play.Payoffs;
import org.svosim.games.slider.Allocation;

/**
 * A payoff vector seen by one player: "self" is the player's own payoff and "other" the mean
 * payoff of all other players. In two-player games "other" is the partner's payoff; in n-player
 * games (public goods) it is the average of the others', so that the transformed utility
 * {@code cos(t) * own + sin(t) * other} weighs the group as one partner.
 */
public final class Perspective {
    private Perspective() {
    }

    /** The (own, mean of others) allocation of {@code payoffs} for {@code player}. */
    public static Allocation of(Payoffs payoffs, int player) {
        if (player < 0 || player >= payoffs.players()) {
            throw new IllegalArgumentException("player " + player + " is not one of the " + payoffs.players() + " seats");
        }
        return new Allocation(payoffs.get(player), payoffs.meanOfOthers(player));
    }

    /** The transformed utility {@code cos(t) * own + sin(t) * mean of others} of {@code payoffs} for {@code player}. */
    public static double utility(Payoffs payoffs, int player, double degrees) {
        return of(payoffs, player).utility(degrees);
    }
}
