package org.svosim.simulation.population;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.svosim.simulation.run.CallRecord;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.store.RunStore;

/**
 * The one writer of a population run's tables: saves each finished match as it arrives (and its
 * model calls to the run's {@code calls} table, so the manifest counts calls, tokens and cost), and
 * each slider interview's calls and finished trial to the slider experiment's tables. Spawn it
 * on the blocking store dispatcher, since every commit waits for the disk.
 */
public final class PopulationRecorder extends AbstractBehavior<PopulationRecorder.Command> {

    /** Messages the recorder handles. */
    public sealed interface Command permits Save, SaveCall, SaveSlider, Close {
    }

    /** Commit one model call of a slider interview in progress (no reply). */
    public record SaveCall(String trialId, CallRecord call) implements Command {
    }

    /** Commit a finished slider interview (its trial, answers and messages; no reply). */
    public record SaveSlider(TrialOutcome outcome) implements Command {
    }

    /** Commit one match (no reply). */
    public record Save(MatchRecord match) implements Command {
    }

    /** Close the store, then tell {@code replyTo}. */
    public record Close(ActorRef<PopulationRunner.Command> replyTo) implements Command {
    }

    private final PopulationStore store;
    private final RunStore calls;

    /** A recorder writing matches to {@code store} and every model call to {@code calls} (its attempt begun). */
    public static Behavior<Command> create(PopulationStore store, RunStore calls) {
        return Behaviors.setup(ctx -> new PopulationRecorder(ctx, store, calls));
    }

    private PopulationRecorder(ActorContext<Command> ctx, PopulationStore store, RunStore calls) {
        super(ctx);
        this.store = store;
        this.calls = calls;
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Save.class, msg -> {
                    store.save(msg.match());
                    for (MoveReply r : msg.match().moves()) {
                        r.callRecords().forEach(c -> calls.saveCall(MoveReply.callGroup(msg.match().plan().matchId(), r), c));
                    }
                    return this;
                })
                .onMessage(SaveCall.class, msg -> {
                    calls.saveCall(msg.trialId(), msg.call());
                    return this;
                })
                .onMessage(SaveSlider.class, msg -> {
                    calls.saveTrial(msg.outcome());
                    return this;
                })
                .onMessage(Close.class, msg -> {
                    msg.replyTo().tell(new PopulationRunner.StoreClosed());
                    return Behaviors.stopped();
                })
                .build();
    }
}
