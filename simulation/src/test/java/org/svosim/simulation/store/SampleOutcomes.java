package org.svosim.simulation.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.CallPurpose.Kind;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.agents.protocol.ItemAnswer;
import org.svosim.agents.protocol.ModelRole;
import org.svosim.agents.protocol.TranscriptEntry;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.AngleInterval;
import org.svosim.games.value.SliderScore;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.run.CallRecord;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.run.TrialStatus;

/** Hand-built trial outcomes covering every shape the run database must keep (shared with export tests). */
public final class SampleOutcomes {
    public static final Instant T0 = Instant.parse("2026-11-02T09:15:00.250Z");
    /** A reply with commas, quotes and a line break, as models write them. */
    public static final String TRICKY_REPLY = "I pick \"C\", because:\nit is fair, mostly; \u00e9quit\u00e9 \u2713";
    public static final String PUBLISHED = "A=A,B=B,C=C,D=D,E=E,F=F,G=G,H=H,I=I";
    private static final List<Integer> IDENTITY = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8);
    private static final List<Integer> REVERSED = List.of(8, 7, 6, 5, 4, 3, 2, 1, 0);
    private static final TargetValue PROSOCIAL = new TargetValue.Named(SvoCategory.PROSOCIAL);

    private SampleOutcomes() {
    }

    public static RunHeader header() {
        return new RunHeader("run-1", "store-test", -7L, "ab".repeat(32), "experiment: store-test\nseed: -7\n",
                T0, "0.1.0-SNAPSHOT", Map.of("java_version", "17.0.9", "os", "Linux"));
    }

    /** Valid prosocial trial: all A except item 2 (I) which was shown reversed and chosen as shown 'A'. */
    public static TrialOutcome validProsocial() {
        List<ItemAnswer> answers = new ArrayList<>();
        for (int item = 1; item <= 6; item++) {
            boolean reversed = item == 2;
            answers.add(new ItemAnswer(item, item - 1, reversed ? REVERSED : IDENTITY,
                    item == 3 ? TRICKY_REPLY : "A", 0, reversed ? 8 : 0,
                    item == 3 ? ParseMethod.PATTERN : ParseMethod.EXACT, 1));
        }
        SliderScore score = new SliderScore(30.47, SvoCategory.PROSOCIAL, new AngleInterval(41.04, 48.96), -10.57,
                0.8639, true, 0.9, OptionalDouble.empty());
        List<CallRecord> calls = List.of(
                call(0, ModelRole.AGENT, CallPurpose.of(Kind.INDUCTION), true, null, 120, 80),
                call(1, ModelRole.AGENT, new CallPurpose(Kind.ITEM, 1), true, null, 200, 1));
        return outcome(spec("sim/prosocial/hvae/r00", 0, "sim", PROSOCIAL, 0, 11L), TrialStatus.VALID,
                new InterviewResult(answers, "Share, fairly \"always\",\nand kindly.", null, transcript()), score,
                calls);
    }

    /** Completed interview with one invalid primary answer: no score. */
    public static TrialOutcome invalidProsocial() {
        List<ItemAnswer> answers = List.of(
                new ItemAnswer(1, 0, IDENTITY, "B", 1, 1, ParseMethod.EXACT, 1),
                new ItemAnswer(2, 1, IDENTITY, "I would rather not say.", null, null, ParseMethod.INVALID, 3),
                new ItemAnswer(3, 2, IDENTITY, "It is D.", 3, 3, ParseMethod.EXTRACTOR, 2));
        List<CallRecord> calls = List.of(call(0, ModelRole.AGENT, new CallPurpose(Kind.ITEM, 1), true, null, null,
                null), call(1, ModelRole.EXTRACTOR, new CallPurpose(Kind.EXTRACT, 3), true, null, 50, 2));
        return outcome(spec("sim/prosocial/hvae/r01", 1, "sim", PROSOCIAL, 1, 12L), TrialStatus.INVALID,
                new InterviewResult(answers, null, null, List.of()), null, calls);
    }

    /** A model call failed for good after one answer. */
    public static TrialOutcome failedProsocial() {
        List<ItemAnswer> answers = List.of(new ItemAnswer(1, 0, IDENTITY, "A", 0, 0, ParseMethod.EXACT, 1));
        List<CallRecord> calls = List.of(
                call(0, ModelRole.AGENT, new CallPurpose(Kind.ITEM, 1), true, null, 10, 1),
                call(1, ModelRole.AGENT, new CallPurpose(Kind.ITEM, 2), false, "HTTP 503 after 3 attempts", null,
                        null));
        return outcome(spec("sim/prosocial/hvae/r02", 2, "sim", PROSOCIAL, 2, 13L), TrialStatus.FAILED,
                new InterviewResult(answers, null, "HTTP 503 after 3 attempts", List.of()), null, calls);
    }

    /** Valid trial with an explicit 30-degree target: no target category, null category hit, an IA index. */
    public static TrialOutcome validExplicit() {
        List<ItemAnswer> answers = new ArrayList<>();
        for (int item = 1; item <= 6; item++) {
            answers.add(new ItemAnswer(item, item - 1, IDENTITY, "I", 8, 8, ParseMethod.REASKED, 2));
        }
        SliderScore score = new SliderScore(14.74, SvoCategory.INDIVIDUALISTIC, new AngleInterval(20.0, 25.5),
                -5.26, 0.9323, null, 0.75, OptionalDouble.of(0.25));
        return outcome(spec("sim/angle_30/direct/r00", 3, "sim", new TargetValue.Explicit(30, null), 0, 14L),
                TrialStatus.VALID, new InterviewResult(answers, null, null, List.of()), score, List.of());
    }

    public static List<TrialOutcome> all() {
        return List.of(validProsocial(), invalidProsocial(), failedProsocial(), validExplicit());
    }

    private static List<TranscriptEntry> transcript() {
        return List.of(
                new TranscriptEntry(0, ModelRole.AGENT, "system", "You are a prosocial person.",
                        CallPurpose.of(Kind.INDUCTION)),
                new TranscriptEntry(1, ModelRole.AGENT, "user", "Item 3:\nA: 50, 100", new CallPurpose(Kind.ITEM, 3)),
                new TranscriptEntry(2, ModelRole.AGENT, "assistant", TRICKY_REPLY, new CallPurpose(Kind.ITEM, 3)),
                new TranscriptEntry(3, ModelRole.EXTRACTOR, "user", "Which letter?", new CallPurpose(Kind.EXTRACT, 3)));
    }

    private static TrialSpec spec(String id, int index, String backend, TargetValue value, int rep, long seed) {
        String protocol = id.contains("/direct/") ? "direct" : "hvae";
        return new TrialSpec(id, index, backend, value, protocol, rep, seed);
    }

    private static TrialOutcome outcome(TrialSpec spec, TrialStatus status, InterviewResult interview,
                                        SliderScore score, List<CallRecord> calls) {
        Instant start = T0.plusSeconds(10L * spec.index());
        return new TrialOutcome(spec, "simulated", "simulated-agent", status, interview, score, calls, start,
                start.plusMillis(1500));
    }

    private static CallRecord call(int seq, ModelRole role, CallPurpose purpose, boolean ok, String error,
                                   Integer in, Integer out) {
        return new CallRecord(seq, role, purpose, "sim", "simulated-agent", ok, error, T0.plusMillis(seq),
                40L + seq, in, out, "0f".repeat(32), false);
    }

    /** Saves an outcome as a run does: each call as it returned, then the finished trial. */
    public static void saveAsARunDoes(RunStore store, TrialOutcome outcome) {
        for (CallRecord c : outcome.calls()) {
            store.saveCall(outcome.spec().trialId(), c);
        }
        store.saveTrial(outcome);
    }

    /** Writes a finished run database at {@code db} holding {@link #all()}, saved as a run saves them. */
    public static void writeFinishedRun(Path db) {
        try (RunStore store = RunStore.create(db, header(), MurphySliderItems.all())) {
            store.beginAttempt();
            for (TrialOutcome o : all()) {
                saveAsARunDoes(store, o);
            }
            store.finish(T0.plusSeconds(60));
        }
    }
}
