package org.svosim.simulation.bias;

import java.time.Instant;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.svosim.agents.judge.JudgeCues;
import org.svosim.agents.judge.ParsedRating;
import org.svosim.agents.judge.RatingParser;
import org.svosim.agents.judge.Verdict;
import org.svosim.agents.judge.VerdictParser;
import org.svosim.simulation.endpoint.CallResult;
import org.svosim.simulation.endpoint.EndpointGateway;

/**
 * One task of the probe: asks its judge through the endpoint's gateway without blocking, reads
 * the verdict, explanation or rating from the reply, reports the answer to its parent and stops.
 */
public final class BiasCallAgent extends AbstractBehavior<BiasCallAgent.Command> {
    private static final VerdictParser VERDICTS = new VerdictParser();
    private static final RatingParser RATINGS = new RatingParser();

    /** Messages the agent handles (only its own call result). */
    public sealed interface Command permits CallCompleted {
    }

    private record CallCompleted(CallResult result) implements Command {
    }

    private final BiasTask task;
    private final ActorRef<BiasRunner.Command> parent;

    /** An agent for {@code task} that asks {@code endpoint} and reports to {@code parent}. */
    public static Behavior<Command> create(BiasTask task, EndpointGateway endpoint, ActorRef<BiasRunner.Command> parent) {
        return Behaviors.setup(ctx -> new BiasCallAgent(ctx, task, endpoint, parent));
    }

    private BiasCallAgent(ActorContext<Command> ctx, BiasTask task, EndpointGateway endpoint,
                          ActorRef<BiasRunner.Command> parent) {
        super(ctx);
        this.task = task;
        this.parent = parent;
        ctx.pipeToSelf(endpoint.call(task.messages(), task.seed(), 0),
                (result, error) -> new CallCompleted(result != null ? result
                        : new CallResult(null, null, null, null, "internal error: " + error, Instant.now(), 0, "",
                        false)));
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder().onMessage(CallCompleted.class, this::onCallCompleted).build();
    }

    private Behavior<Command> onCallCompleted(CallCompleted msg) {
        parent.tell(new BiasRunner.TaskDone(read(task, msg.result())));
        return Behaviors.stopped();
    }

    /** What the reply says, by task kind. */
    static BiasAnswer read(BiasTask task, CallResult r) {
        if (!r.ok()) {
            return new BiasAnswer(task, r, null, null, null, null);
        }
        switch (task.kind()) {
            case JUDGE:
                Verdict v = VERDICTS.parse(r.text());
                return new BiasAnswer(task, r, v.label().name(), v.method().name(), v.note(), null);
            case RATE:
                ParsedRating p = RATINGS.parse(r.text());
                return new BiasAnswer(task, r, p.label().name(), p.method().name(), p.note(), null);
            default:
                return new BiasAnswer(task, r, null, null, null, JudgeCues.explanationBody(r.text()));
        }
    }
}
