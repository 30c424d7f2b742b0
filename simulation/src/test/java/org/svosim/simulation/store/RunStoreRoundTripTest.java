package org.svosim.simulation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.CallPurpose.Kind;
import org.svosim.agents.protocol.ModelRole;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.run.TrialStatus;

class RunStoreRoundTripTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void saveSamples() {
        db = dir.resolve("run.db");
        SampleOutcomes.writeFinishedRun(db);
    }

    private Map<String, TrialRow> trialsById(RunReader reader) {
        return reader.trials().stream().collect(Collectors.toMap(TrialRow::trialId, Function.identity()));
    }

    @Test
    void headerFinishTimeAndMeasureComeBackUnchanged() {
        try (RunReader reader = RunReader.open(db)) {
            assertThat(reader.header()).isEqualTo(SampleOutcomes.header());
            assertThat(reader.finishedAt()).contains(SampleOutcomes.T0.plusSeconds(60));
            assertThat(reader.measure()).isEqualTo(MurphySliderItems.all());
        }
    }

    @Test
    void validNamedTrialKeepsEveryTrialField() {
        try (RunReader reader = RunReader.open(db)) {
            TrialRow t = trialsById(reader).get("sim/prosocial/hvae/r00");
            assertThat(t).isEqualTo(new TrialRow("sim/prosocial/hvae/r00", 0, "sim", "simulated", "simulated-agent",
                    "prosocial", 45.0, SvoCategory.PROSOCIAL, "hvae", 0, 11L, TrialStatus.VALID, null, 30.47,
                    SvoCategory.PROSOCIAL, 41.04, 48.96, -10.57, 0.8639, true, 0.9, null,
                    "Share, fairly \"always\",\nand kindly.", 0, 2, 320L, 81L, SampleOutcomes.T0,
                    SampleOutcomes.T0.plusMillis(1500), 1500L));
        }
    }

    @Test
    void equalConditionLabelsReadByAnyReaderAreOneString() {
        try (RunReader first = RunReader.open(db); RunReader second = RunReader.open(db)) {
            TrialRow a = trialsById(first).get("sim/prosocial/hvae/r00");
            TrialRow b = trialsById(second).get("sim/prosocial/hvae/r01");

            assertThat(b.backend()).isSameAs(a.backend());
            assertThat(b.valueLabel()).isSameAs(a.valueLabel());
            assertThat(b.protocol()).isSameAs(a.protocol());
            assertThat(b.modelId()).isSameAs(a.modelId());
        }
    }

    @Test
    void invalidFailedAndExplicitTrialsKeepTheirNullsAndCounts() {
        try (RunReader reader = RunReader.open(db)) {
            Map<String, TrialRow> trials = trialsById(reader);
            TrialRow invalid = trials.get("sim/prosocial/hvae/r01");
            assertThat(invalid.status()).isEqualTo(TrialStatus.INVALID);
            assertThat(invalid.angle()).isNull();
            assertThat(invalid.categoryHit()).isNull();
            assertThat(invalid.nItemsInvalid()).isEqualTo(1);
            assertThat(invalid.inputTokens()).as("only the extractor call reported tokens").isEqualTo(50L);

            TrialRow failed = trials.get("sim/prosocial/hvae/r02");
            assertThat(failed.status()).isEqualTo(TrialStatus.FAILED);
            assertThat(failed.failure()).isEqualTo("HTTP 503 after 3 attempts");
            assertThat(failed.nCalls()).isEqualTo(2);

            TrialRow explicit = trials.get("sim/angle_30/direct/r00");
            assertThat(explicit.valueLabel()).isEqualTo("angle_30");
            assertThat(explicit.targetDegrees()).isEqualTo(30.0);
            assertThat(explicit.targetCategory()).isNull();
            assertThat(explicit.categoryHit()).isNull();
            assertThat(explicit.iaIndex()).isEqualTo(0.25);
            assertThat(explicit.inputTokens()).as("no calls, no tokens").isNull();
            assertThat(explicit.category()).isEqualTo(SvoCategory.INDIVIDUALISTIC);
        }
    }

    @Test
    void decisionsKeepShownOrderPublishedLettersPayoffsAndTheRawReply() {
        try (RunReader reader = RunReader.open(db)) {
            List<DecisionRow> valid = reader.decisions("sim/prosocial/hvae/r00");
            assertThat(valid).hasSize(6);
            // item 2 shown reversed: displayed A is published I = (100, 50)
            assertThat(valid.get(1)).isEqualTo(new DecisionRow("sim/prosocial/hvae/r00", 2, 1,
                    List.of(8, 7, 6, 5, 4, 3, 2, 1, 0), "A", 8, "I", 100.0, 50.0, ParseMethod.EXACT, 1, "A"));
            assertThat(valid.get(1).shownOrderText()).isEqualTo("A=I,B=H,C=G,D=F,E=E,F=D,G=C,H=B,I=A");
            assertThat(valid.get(2).rawReply()).isEqualTo(SampleOutcomes.TRICKY_REPLY);
            assertThat(valid.get(2).shownOrderText()).isEqualTo(SampleOutcomes.PUBLISHED);

            DecisionRow invalid = reader.decisions("sim/prosocial/hvae/r01").get(1);
            assertThat(invalid).isEqualTo(new DecisionRow("sim/prosocial/hvae/r01", 2, 1,
                    List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), null, null, null, null, null, ParseMethod.INVALID, 3,
                    "I would rather not say."));
            assertThat(reader.decisions()).hasSize(6 + 3 + 1 + 6);
            assertThat(reader.decisions().get(0).trialId()).isEqualTo("sim/prosocial/hvae/r00");
        }
    }

    @Test
    void callsKeepFailureTokensPurposeAndTimes() {
        try (RunReader reader = RunReader.open(db)) {
            List<CallRow> calls = reader.calls();
            assertThat(calls).hasSize(6);
            CallRow failedCall = calls.get(5);
            assertThat(failedCall).isEqualTo(new CallRow("sim/prosocial/hvae/r02", 1, ModelRole.AGENT,
                    new CallPurpose(Kind.ITEM, 2), "sim", "simulated-agent", false, "HTTP 503 after 3 attempts",
                    SampleOutcomes.T0.plusMillis(1), 41L, null, null, "0f".repeat(32), 1, false));
            assertThat(calls.get(0).purpose()).isEqualTo(CallPurpose.of(Kind.INDUCTION));
            assertThat(calls.get(3).role()).isEqualTo(ModelRole.EXTRACTOR);
        }
    }

    @Test
    void transcriptsComeBackPerTrialInOrder() {
        try (RunReader reader = RunReader.open(db)) {
            List<TrialTranscript> transcripts = new java.util.ArrayList<>();
            reader.forEachTranscript(transcripts::add);
            assertThat(transcripts).extracting(t -> t.trial().trialId()).containsExactly("sim/prosocial/hvae/r00",
                    "sim/prosocial/hvae/r01", "sim/prosocial/hvae/r02", "sim/angle_30/direct/r00");
            assertThat(transcripts.get(0).messages()).containsExactly(
                    new MessageRow("sim/prosocial/hvae/r00", 0, ModelRole.AGENT, "system",
                            CallPurpose.of(Kind.INDUCTION), "You are a prosocial person."),
                    new MessageRow("sim/prosocial/hvae/r00", 1, ModelRole.AGENT, "user",
                            new CallPurpose(Kind.ITEM, 3), "Item 3:\nA: 50, 100"),
                    new MessageRow("sim/prosocial/hvae/r00", 2, ModelRole.AGENT, "assistant",
                            new CallPurpose(Kind.ITEM, 3), SampleOutcomes.TRICKY_REPLY),
                    new MessageRow("sim/prosocial/hvae/r00", 3, ModelRole.EXTRACTOR, "user",
                            new CallPurpose(Kind.EXTRACT, 3), "Which letter?"));
            assertThat(transcripts.get(1).messages()).isEmpty();
        }
    }

    @Test
    void timestampsAreStoredToTheMillisecond() {
        Instant withNanos = Instant.parse("2026-11-02T09:15:00.123456789Z");
        assertThat(SqlValues.timestamp(withNanos)).isEqualTo("2026-11-02T09:15:00.123Z");
        assertThat(SqlValues.timestamp(Instant.parse("2026-11-02T09:15:00Z"))).isEqualTo("2026-11-02T09:15:00.000Z");
    }
}
