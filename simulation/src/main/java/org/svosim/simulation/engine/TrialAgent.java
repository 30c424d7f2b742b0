package org.svosim.simulation.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.protocol.Interview;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.agents.protocol.InterviewStep;
import org.svosim.agents.protocol.ItemAnswer;
import org.svosim.agents.protocol.Interviews;
import org.svosim.agents.protocol.ModelRole;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.slider.ItemKind;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.value.SliderScore;
import org.svosim.games.value.SliderScorer;
import org.svosim.simulation.endpoint.CallResult;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.run.CallRecord;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.run.TrialStatus;

/**
 * One agent for one trial: embodies the persona, holds the dialogue (inside its
 * {@link Interview}), asks its model through the endpoint and never blocks, scores the
 * answers, reports the outcome to its parent and stops.
 */
public final class TrialAgent extends AbstractBehavior<TrialAgent.Command> {

    /** Messages a trial agent handles (only its own call results). */
    public sealed interface Command permits CallCompleted {
    }

    private record CallCompleted(CallResult result) implements Command {
    }

    private final TrialSpec spec;
    private final TrialKit kit;
    private final ActorRef<ExperimentRunner.Command> parent;
    private final ActorRef<RunRecorder.Command> recorder;
    private final Interview interview;
    private final ProtocolSpec protocol;
    private final List<CallRecord> calls = new ArrayList<>();
    private InterviewStep.Ask pending;
    private final Instant startedAt;

    /** A trial agent that reports its outcome to {@code parent} and each call to {@code recorder} as it returns. */
    public static Behavior<Command> create(TrialSpec spec, TrialKit kit, ActorRef<ExperimentRunner.Command> parent,
                                           ActorRef<RunRecorder.Command> recorder) {
        return Behaviors.setup(ctx -> new TrialAgent(ctx, spec, kit, parent, recorder));
    }

    private TrialAgent(ActorContext<Command> ctx, TrialSpec spec, TrialKit kit,
                       ActorRef<ExperimentRunner.Command> parent, ActorRef<RunRecorder.Command> recorder) {
        super(ctx);
        this.spec = spec;
        this.kit = kit;
        this.parent = parent;
        this.recorder = recorder;
        this.protocol = kit.protocol(spec.protocol());
        Persona persona = Persona.of(spec.value(), kit.templates());
        this.interview = Interviews.create(protocol, persona, kit.measure(), kit.templates(), spec.seed());
        this.startedAt = Instant.now();
        proceed(interview.start());
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder().onMessage(CallCompleted.class, this::onCallCompleted).build();
    }

    private Behavior<Command> onCallCompleted(CallCompleted msg) {
        CallResult r = msg.result();
        EndpointGateway endpoint = endpointFor(pending.role());
        CallRecord call = new CallRecord(calls.size(), pending.role(), pending.purpose(), endpoint.name(), r.modelId(),
                r.ok(), r.error(), r.startedAt(), r.latencyMs(), r.inputTokens(), r.outputTokens(), r.requestHash(),
                r.cached());
        calls.add(call);
        recorder.tell(new RunRecorder.StoreCall(spec.trialId(), call));
        InterviewStep next = r.ok() ? interview.onReply(r.text()) : interview.onFailure(r.error());
        return proceed(next);
    }

    private Behavior<Command> proceed(InterviewStep step) {
        if (step instanceof InterviewStep.Ask ask) {
            pending = ask;
            getContext().pipeToSelf(endpointFor(ask.role()).call(ask.messages(), spec.seed(), spec.repetition()),
                    (result, error) -> new CallCompleted(result != null ? result : unexpected(error)));
            return this;
        }
        InterviewResult result = ((InterviewStep.Done) step).result();
        parent.tell(new ExperimentRunner.TrialFinished(outcome(result)));
        return Behaviors.stopped();
    }

    private EndpointGateway endpointFor(ModelRole role) {
        if (role == ModelRole.EXTRACTOR) {
            return kit.endpoint(((ProtocolSpec.Hvae) protocol).extractor());
        }
        return kit.endpoint(spec.backend());
    }

    private CallResult unexpected(Throwable error) {
        return new CallResult(null, null, null, null, "internal error: " + error, Instant.now(), 0, "", false);
    }

    private TrialOutcome outcome(InterviewResult result) {
        EndpointGateway agent = kit.endpoint(spec.backend());
        String modelId = calls.stream().filter(c -> c.role() == ModelRole.AGENT && c.ok())
                .map(CallRecord::modelId).findFirst().orElse(agent.spec().model());
        TrialStatus status;
        SliderScore score = null;
        if (!result.completed()) {
            status = TrialStatus.FAILED;
        } else if (allPrimaryAnswered(result.answers())) {
            score = SliderScorer.score(kit.measure(), choices(result.answers()), spec.value());
            status = TrialStatus.VALID;
        } else {
            status = TrialStatus.INVALID;
        }
        return new TrialOutcome(spec, agent.spec().provider(), modelId, status, result, score, calls, startedAt,
                Instant.now());
    }

    private boolean allPrimaryAnswered(List<ItemAnswer> answers) {
        Map<Integer, Integer> chosen = choices(answers);
        for (SliderItem item : kit.measure().items()) {
            if (item.kind() == ItemKind.PRIMARY && !chosen.containsKey(item.number())) {
                return false;
            }
        }
        return true;
    }

    private static Map<Integer, Integer> choices(List<ItemAnswer> answers) {
        Map<Integer, Integer> chosen = new HashMap<>();
        for (ItemAnswer a : answers) {
            if (a.valid()) {
                chosen.put(a.itemNumber(), a.chosenOption());
            }
        }
        return chosen;
    }
}
