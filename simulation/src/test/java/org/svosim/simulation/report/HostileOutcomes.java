package org.svosim.simulation.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.agents.protocol.ItemAnswer;
import org.svosim.agents.protocol.ModelRole;
import org.svosim.agents.protocol.TranscriptEntry;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.run.CallRecord;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.SampleOutcomes;

/** Trials whose model-provided text tries to inject markup into the report (test helper). */
final class HostileOutcomes {
    static final String SCRIPT = "<script>alert('owned')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String FAILURE = "HTTP 500: " + SCRIPT;
    static final String CLOSER = "</td></tr></table></pre>" + SCRIPT;

    private HostileOutcomes() {
    }

    /** A header whose config text and extra facts hold markup too. */
    static RunHeader header() {
        return new RunHeader("run-x", "hostile", 5L, "cd".repeat(32), "experiment: hostile\n# " + SCRIPT + "\n",
                SampleOutcomes.T0, "0.1.0-SNAPSHOT", Map.of("os", CLOSER));
    }

    /** Two failed trials with the same hostile reason, and an invalid trial with a hostile reply and goal. */
    static List<TrialOutcome> all() {
        return List.of(failed("bad/prosocial/hvae/r00", 0), failed("bad/prosocial/hvae/r01", 1), invalid());
    }

    private static TrialOutcome failed(String id, int index) {
        CallRecord call = new CallRecord(0, ModelRole.AGENT, CallPurpose.of(CallPurpose.Kind.INDUCTION), "bad",
                "evil-model", false, FAILURE, SampleOutcomes.T0, 20L, null, null, "0f".repeat(32), false);
        return outcome(id, index, TrialStatus.FAILED, new InterviewResult(List.of(), null, FAILURE, List.of()),
                List.of(call));
    }

    private static TrialOutcome invalid() {
        ItemAnswer answer = new ItemAnswer(1, 0, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), IMG, null, null,
                ParseMethod.INVALID, 2);
        List<TranscriptEntry> transcript = List.of(new TranscriptEntry(0, ModelRole.AGENT, "assistant", IMG,
                new CallPurpose(CallPurpose.Kind.ITEM, 1)));
        return outcome("bad/prosocial/hvae/r02", 2, TrialStatus.INVALID,
                new InterviewResult(List.of(answer), CLOSER, null, transcript), List.of());
    }

    private static TrialOutcome outcome(String id, int index, TrialStatus status, InterviewResult interview,
                                        List<CallRecord> calls) {
        TrialSpec spec = new TrialSpec(id, index, "bad", new TargetValue.Named(SvoCategory.PROSOCIAL), "hvae",
                index, 100L + index);
        Instant start = SampleOutcomes.T0.plusSeconds(index);
        return new TrialOutcome(spec, "openai", "evil-model", status, interview, null, calls, start,
                start.plusMillis(500));
    }
}
