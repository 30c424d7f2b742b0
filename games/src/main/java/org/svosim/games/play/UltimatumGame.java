package org.svosim.games.play;

import java.util.List;
import java.util.Optional;

/**
 * Ultimatum game: seat 0 (proposer) offers seat 1 (responder) an amount of the endowment on the
 * step grid; the responder accepts (option 0) or rejects (option 1). Accepted: (endowment -
 * offer, offer); rejected: both get 0.
 *
 * @param endowment the coins to split, &gt; 0
 * @param step      smallest unit of an offer, &gt; 0 and &lt;= endowment
 */
public record UltimatumGame(double endowment, double step) implements Game {
    /** Option index of accepting. */
    public static final int ACCEPT = 0;
    /** Option index of rejecting. */
    public static final int REJECT = 1;

    public UltimatumGame {
        Require.positive("endowment", endowment);
        Require.step(step, endowment);
    }

    @Override
    public String name() {
        return "ultimatum";
    }

    @Override
    public String rules() {
        return "The proposer offers the responder part of " + Text.amount(endowment) + " coins. If the responder accepts, "
                + "the responder gets the offer and the proposer the rest; if the responder rejects, both get nothing.";
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public Optional<Stage> next(History history) {
        if (history.size() == 0) {
            Question offer = new Question(0, "proposer", new Choice.Range(0, endowment, step),
                    List.of("How many of the " + Text.amount(endowment) + " coins do you offer the responder?"));
            return Optional.of(new Stage(1, 1, List.of(offer)));
        }
        if (history.size() == 1) {
            double offer = history.turn(0).answer(0);
            String o = Text.amount(offer);
            String rest = Text.amount(endowment - offer);
            Choice answer = new Choice.Options(List.of(
                    new Option("accept", "you get " + o + ", the proposer gets " + rest),
                    new Option("reject", "you both get 0")));
            Question respond = new Question(1, "responder", answer,
                    List.of("The proposer offers you " + o + " of " + Text.amount(endowment) + " coins and would keep " + rest + "."));
            return Optional.of(new Stage(1, 1, List.of(respond)));
        }
        return Optional.empty();
    }

    @Override
    public Payoffs payoffs(History history) {
        if (history.size() < 2) {
            return Payoffs.zeros(2);
        }
        double offer = history.turn(0).answer(0);
        boolean accepted = history.turn(1).of(1).optionIndex() == ACCEPT;
        return accepted ? Payoffs.of(endowment - offer, offer) : Payoffs.zeros(2);
    }
}
