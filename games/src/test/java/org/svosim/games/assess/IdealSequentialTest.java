package org.svosim.games.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.TrustGame;
import org.svosim.games.play.UltimatumGame;

/** Ideal players in the sequential games: responders best-respond, first movers anticipate. */
class IdealSequentialTest {
    private static final UltimatumGame ULTIMATUM = new UltimatumGame(10, 1);

    private static double response(double degrees, double offer) {
        History offered = ULTIMATUM.play(History.empty(), new Move(0, offer));
        return new IdealPlayer(degrees).move(ULTIMATUM, offered, 1).answer();
    }

    @ParameterizedTest(name = "offer {0}")
    @ValueSource(doubles = {1, 2, 5, 9, 10})
    void individualisticResponderAcceptsAnyPositiveOffer(double offer) {
        assertThat(response(0, offer)).isEqualTo(UltimatumGame.ACCEPT);
    }

    @Test
    void individualisticResponderIsIndifferentToAZeroOfferAndTheTieRuleRejectsIt() {
        assertThat(response(0, 0)).isEqualTo(UltimatumGame.REJECT);
    }

    @ParameterizedTest(name = "offer {0}")
    @ValueSource(doubles = {0, 1, 4})
    void competitiveResponderRejectsOffersBelowHalf(double offer) {
        assertThat(response(-45, offer)).isEqualTo(UltimatumGame.REJECT);
    }

    @ParameterizedTest(name = "offer {0}")
    @ValueSource(doubles = {5, 6, 10})
    void competitiveResponderAcceptsHalfOrMore(double offer) {
        assertThat(response(-45, offer)).isEqualTo(UltimatumGame.ACCEPT);
    }

    @Test
    void individualisticProposerAnticipatingItsOwnKindOffersTheSmallestPositiveAmount() {
        History h = IdealOutcomesTest.playedBy(ULTIMATUM, 0);

        assertThat(h.turn(0).answer(0)).isEqualTo(1.0);
        assertThat(ULTIMATUM.outcome(h)).contains(org.svosim.games.play.Payoffs.of(9, 1));
    }

    @Test
    void individualisticSenderAnticipatesNothingBackAndSendsNothing() {
        TrustGame trust = new TrustGame(10, 3, 1);

        History h = IdealOutcomesTest.playedBy(trust, 0);

        assertThat(h.size()).isEqualTo(1);
        assertThat(h.turn(0).answer(0)).isZero();
    }

    @Test
    void individualisticReturnerKeepsEverything() {
        TrustGame trust = new TrustGame(10, 3, 1);
        History sent = trust.play(History.empty(), new Move(0, 10));

        assertThat(new IdealPlayer(0).move(trust, sent, 1).answer()).isZero();
    }

    @Test
    void altruisticReturnerReturnsEverything() {
        TrustGame trust = new TrustGame(10, 3, 1);
        History sent = trust.play(History.empty(), List.of(new Move(0, 4)));

        assertThat(new IdealPlayer(90).move(trust, sent, 1).answer()).isEqualTo(12.0);
    }
}
