package org.svosim.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.svosim.simulation.config.FeedbackSpec;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.config.PopulationSpec.GameSpec;

/** The referee with scripted players (test probes answering by hand). */
class RefereeTest {
    private static final ActorTestKit KIT = ActorTestKit.create();
    private static final MatchPlan PD = new MatchPlan("pd/a~b", 0,
            new GameSpec("pd", new PrisonersDilemma(5, 3, 1, 0, 2)), List.of("a", "b"));
    private static final List<Member> SEATS = List.of(
            new Member("a", "alt", "sim", new TargetValue.Named(SvoCategory.ALTRUISTIC), 1),
            new Member("b", "comp", "sim", new TargetValue.Named(SvoCategory.COMPETITIVE), 2));

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    private static MoveReply move(PopulationAgent.Ask ask, String agent, double answer) {
        return new MoveReply(agent, ask.player(), ask.turn(), answer, null, "q", "A", "single letter", 1, 0, null, null,
                "simulated-agent", List.of());
    }

    @Test
    void simultaneousPlayersAreAskedTheSameTurnAndTheMatchSettlesBothRounds() {
        TestProbe<PopulationAgent.Command> a = KIT.createTestProbe();
        TestProbe<PopulationAgent.Command> b = KIT.createTestProbe();
        TestProbe<PopulationRunner.Command> runner = KIT.createTestProbe();
        KIT.spawn(Referee.create(PD, SEATS, List.of(a.getRef(), b.getRef()), runner.getRef(), 30, FeedbackSpec.DEFAULT));

        for (int round = 0; round < 2; round++) {
            PopulationAgent.Ask askA = a.expectMessageClass(PopulationAgent.Ask.class);
            PopulationAgent.Ask askB = b.expectMessageClass(PopulationAgent.Ask.class);
            assertThat(askA.turn()).isEqualTo(askB.turn()).isEqualTo(round);
            if (round == 1) {
                assertThat(askA.question().facts()).anySatisfy(f -> assertThat(f)
                        .contains("you chose cooperate and the other player chose defect"));
                assertThat(askB.question().facts()).anySatisfy(f -> assertThat(f)
                        .contains("you chose defect and the other player chose cooperate"));
            }
            askB.replyTo().tell(new Referee.MoveMade(move(askB, "b", PrisonersDilemma.DEFECT)));
            askA.replyTo().tell(new Referee.MoveMade(move(askA, "a", PrisonersDilemma.COOPERATE)));
            assertThat(a.expectMessageClass(PopulationAgent.Remember.class).sentence())
                    .contains("you (row) chose cooperate").contains("You received 0 coins, the other player 5");
            b.expectMessageClass(PopulationAgent.Remember.class);
        }

        MatchRecord record = runner.expectMessageClass(PopulationRunner.MatchFinished.class).match();
        assertThat(record.status()).isEqualTo(MatchRecord.COMPLETED);
        assertThat(record.payoffs().amounts()).containsExactly(0.0, 10.0);
        assertThat(record.moves()).hasSize(4);
    }

    @Test
    void unresponsivePlayerIsRecordedAsTimedOutAndTheMatchAbandoned() {
        TestProbe<PopulationAgent.Command> a = KIT.createTestProbe();
        TestProbe<PopulationAgent.Command> b = KIT.createTestProbe();
        TestProbe<PopulationRunner.Command> runner = KIT.createTestProbe();
        KIT.spawn(Referee.create(PD, SEATS, List.of(a.getRef(), b.getRef()), runner.getRef(), 0.2, FeedbackSpec.DEFAULT));

        PopulationAgent.Ask askA = a.expectMessageClass(PopulationAgent.Ask.class);
        askA.replyTo().tell(new Referee.MoveMade(move(askA, "a", PrisonersDilemma.COOPERATE)));

        MatchRecord record = runner.expectMessageClass(PopulationRunner.MatchFinished.class, Duration.ofSeconds(10))
                .match();
        assertThat(record.status()).isEqualTo(MatchRecord.ABANDONED);
        assertThat(record.reason()).contains("from b");
        assertThat(record.history().size()).isZero();
        assertThat(record.moves()).extracting(MoveReply::agent).containsExactly("a", "b");
        assertThat(record.moves().get(1).failure()).contains("timeout");
    }

    @Test
    void failedMoveAbandonsTheMatchWithItsReasonOnceThePartnersMoveIsIn() {
        TestProbe<PopulationAgent.Command> a = KIT.createTestProbe();
        TestProbe<PopulationAgent.Command> b = KIT.createTestProbe();
        TestProbe<PopulationRunner.Command> runner = KIT.createTestProbe();
        KIT.spawn(Referee.create(PD, SEATS, List.of(a.getRef(), b.getRef()), runner.getRef(), 30, FeedbackSpec.DEFAULT));

        PopulationAgent.Ask askA = a.expectMessageClass(PopulationAgent.Ask.class);
        PopulationAgent.Ask askB = b.expectMessageClass(PopulationAgent.Ask.class);
        askA.replyTo().tell(new Referee.MoveMade(new MoveReply("a", 0, 0, null, "unclear reply: no answer found", "q",
                "hmm", "no answer found", 2, 0, null, null, null, List.of())));
        runner.expectNoMessage(Duration.ofMillis(200));
        askB.replyTo().tell(new Referee.MoveMade(move(askB, "b", PrisonersDilemma.DEFECT)));

        MatchRecord record = runner.expectMessageClass(PopulationRunner.MatchFinished.class).match();
        assertThat(record.status()).isEqualTo(MatchRecord.ABANDONED);
        assertThat(record.reason()).isEqualTo("a: unclear reply: no answer found");
        assertThat(record.history().size()).isZero();
        assertThat(record.moves()).extracting(MoveReply::agent).containsExactly("a", "b");
    }
}
