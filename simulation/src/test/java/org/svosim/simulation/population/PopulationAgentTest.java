package org.svosim.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.backend.SimulatedAgentSettings;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.play.History;
import org.svosim.games.play.Question;
import org.svosim.games.play.Stage;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.endpoint.EndpointGateway;

/** A population agent asking the simulated model through a real endpoint gateway. */
class PopulationAgentTest {
    private static final ActorTestKit KIT = ActorTestKit.create();
    private static final DictatorGame GAME = new DictatorGame(10, 1);

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    private static EndpointGateway gateway(double malformedRate) {
        return EndpointGateway.open("sim", new BackendSpec.Simulated(new SimulatedAgentSettings(1.0, 0, 0.01,
                malformedRate)), name -> null, 2, null, 1, null);
    }

    private static MoveReply ask(ActorRef<PopulationAgent.Command> agent, SvoCategory value) {
        TestProbe<Referee.Command> referee = KIT.createTestProbe();
        Stage stage = GAME.next(History.empty()).orElseThrow();
        Question q = stage.questions().get(0);
        agent.tell(new PopulationAgent.Ask("m", 0, 0, "dictator", GAME.rules(), 2, q,
                Expectations.of(GAME, History.empty(), stage, q, value.ringAngle()), true, referee.getRef()));
        return ((Referee.MoveMade) referee.receiveMessage()).reply();
    }

    @Test
    void agentRemembersOnlyItsLastWindowOfRounds() {
        try (EndpointGateway g = gateway(0)) {
            Member m = new Member("alt-1", "alt", "sim", new TargetValue.Named(SvoCategory.ALTRUISTIC), 5);
            ActorRef<PopulationAgent.Command> agent = KIT.spawn(PopulationAgent.create(m, PromptTemplates.defaults(), g, 2));
            for (int r = 1; r <= 3; r++) {
                agent.tell(new PopulationAgent.Remember("remembered round " + r + "."));
            }

            MoveReply reply = ask(agent, SvoCategory.ALTRUISTIC);

            assertThat(reply.question()).doesNotContain("remembered round 1.").contains("remembered round 2.")
                    .contains("remembered round 3.");
            assertThat(reply.answer()).isEqualTo(10.0);
            assertThat(reply.calls()).isEqualTo(1);
        }
    }

    @Test
    void replyWithoutAnAnswerIsAskedAgainOnceThenReportedAsFailed() {
        try (EndpointGateway g = gateway(1.0)) {
            Member m = new Member("comp-1", "comp", "sim", new TargetValue.Named(SvoCategory.COMPETITIVE), 5);
            ActorRef<PopulationAgent.Command> agent = KIT.spawn(PopulationAgent.create(m, PromptTemplates.defaults(), g, 2));

            MoveReply reply = ask(agent, SvoCategory.COMPETITIVE);

            assertThat(reply.ok()).isFalse();
            assertThat(reply.calls()).isEqualTo(2);
            assertThat(reply.failure()).startsWith("unclear reply");
        }
    }
}
