package org.svosim.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.backend.SimulatedAgentSettings;
import org.svosim.agents.backend.SimulatedJudgeSettings;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.protocol.AnswerFormat;
import org.svosim.agents.protocol.ItemOrder;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.config.PriceTable;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.run.TrialSpec;

class ExperimentRunnerBacklogTest {
    private static final ActorTestKit KIT = ActorTestKit.create();

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    /** The Store messages that reach the recorder until none has come for {@code quiet}. */
    private static List<RunRecorder.Store> storesUntilQuiet(TestProbe<RunRecorder.Command> recorder, int atLeast,
                                                            Duration quiet) {
        List<RunRecorder.Store> stores = new ArrayList<>();
        while (true) {
            RunRecorder.Command c;
            try {
                c = recorder.receiveMessage(stores.size() < atLeast ? Duration.ofSeconds(30) : quiet);
            } catch (AssertionError none) {
                return stores;
            }
            if (c instanceof RunRecorder.Store) {
                stores.add((RunRecorder.Store) c);
            }
        }
    }

    @Test
    void noTrialStartsWhileTheRecorderOwesTheBacklogAndTrialsStartAgainOnceItConfirms() {
        int concurrency = 4;
        int backlog = ExperimentRunner.storeBacklog(concurrency);
        List<TrialSpec> trials = new ArrayList<>();
        for (int i = 0; i < backlog * 3; i++) {
            trials.add(new TrialSpec("t" + i, i, "sim", new TargetValue.Named(SvoCategory.PROSOCIAL), "d", i, i));
        }
        try (EndpointGateway gateway = EndpointGateway.open("sim", new BackendSpec.Simulated(
                new SimulatedAgentSettings(0.95, 25, 0.3, 0.0, SimulatedJudgeSettings.DEFAULTS)), name -> null, concurrency, null, 1, null)) {
            TrialKit kit = new TrialKit(MurphySliderItems.primary(), PromptTemplates.defaults(),
                    Map.of("d", new ProtocolSpec.Direct("d", AnswerFormat.LETTER, 1, ItemOrder.published())),
                    Map.of("sim", gateway), new PriceTable(Map.of()));
            TestProbe<RunRecorder.Command> recorder = KIT.createTestProbe();
            TestProbe<RunEvent> listener = KIT.createTestProbe();
            KIT.spawn(ExperimentRunner.create(trials, kit, concurrency, null, recorder.getRef(), listener.getRef()));

            List<RunRecorder.Store> owed = storesUntilQuiet(recorder, backlog, Duration.ofSeconds(1));

            assertThat(owed.size()).as("finished trials handed to a recorder that confirms none")
                    .isBetween(backlog, backlog + concurrency - 1);
            for (RunRecorder.Store s : owed.subList(0, 10)) {
                s.replyTo().tell(new RunRecorder.Stored(s.outcome().spec().trialId(), s.outcome().status(), 0, 0, 0));
            }
            int room = backlog + 10 - owed.size();
            assertThat(storesUntilQuiet(recorder, room, Duration.ofSeconds(1))).as("trials after 10 confirmations")
                    .hasSizeBetween(room, room + concurrency - 1);
        }
    }
}
