package org.svosim.games.play;

import java.util.List;
import java.util.Optional;

/**
 * Trust game: seat 0 (sender) sends an amount {@code s} of its endowment (on the step grid) to
 * seat 1 (returner); the amount is multiplied by k, and the returner sends back any amount
 * {@code r} in {@code [0, k s]} (same step; {@code k s} itself is always allowed). Payoffs:
 * sender {@code endowment - s + r}, returner {@code k s - r}. When the sender sends 0 the
 * returner has nothing to decide and is not asked: the game ends with (endowment, 0).
 *
 * @param endowment  the sender's coins, &gt; 0
 * @param multiplier k &gt; 1
 * @param step       smallest unit sent or returned, &gt; 0 and &lt;= endowment
 */
public record TrustGame(double endowment, double multiplier, double step) implements Game {
    public TrustGame {
        Require.positive("endowment", endowment);
        Require.finite("multiplier k", multiplier);
        if (!(multiplier > 1)) {
            throw new IllegalArgumentException("multiplier k must be > 1 (sending must create value), got " + Text.amount(multiplier));
        }
        Require.step(step, endowment);
    }

    @Override
    public String name() {
        return "trust";
    }

    @Override
    public String rules() {
        return "The sender has " + Text.amount(endowment) + " coins and sends any part of them to the returner. The amount "
                + "sent is multiplied by " + Text.amount(multiplier) + ". The returner then sends back any part of what "
                + "they received. The sender keeps what was not sent plus what comes back; the returner keeps the rest.";
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public Optional<Stage> next(History history) {
        if (history.size() == 0) {
            Question send = new Question(0, "sender", new Choice.Range(0, endowment, step),
                    List.of("How many of your " + Text.amount(endowment) + " coins do you send to the returner?"));
            return Optional.of(new Stage(1, 1, List.of(send)));
        }
        double sent = history.turn(0).answer(0);
        if (history.size() == 1 && sent > 0) {
            double received = multiplier * sent;
            Question ret = new Question(1, "returner", new Choice.Range(0, received, step),
                    List.of("The sender sent " + Text.amount(sent) + " of " + Text.amount(endowment) + " coins; multiplied by "
                            + Text.amount(multiplier) + " you received " + Text.amount(received)
                            + ". How many do you send back?"));
            return Optional.of(new Stage(1, 1, List.of(ret)));
        }
        return Optional.empty();
    }

    @Override
    public Payoffs payoffs(History history) {
        if (history.size() == 0) {
            return Payoffs.zeros(2);
        }
        double sent = history.turn(0).answer(0);
        if (sent == 0) {
            return Payoffs.of(endowment, 0);
        }
        if (history.size() < 2) {
            return Payoffs.zeros(2);
        }
        double returned = history.turn(1).answer(1);
        return Payoffs.of(endowment - sent + returned, multiplier * sent - returned);
    }
}
