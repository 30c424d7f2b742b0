package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.List;
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
 * each slider interview's calls and finished trial to the slider experiment's tables. Saves are
 * group-committed: a flush queued behind the saves already in the mailbox commits them together
 * (slider trials and calls first, then the matches, each match whole, then their calls), so a burst
 * costs a few disk syncs instead of some per match; when idle a save is committed at once. Spawn it on the blocking store
 * dispatcher, since every commit waits for the disk.
 */
public final class PopulationRecorder extends AbstractBehavior<PopulationRecorder.Command> {

    /** Messages the recorder handles. */
    public sealed interface Command permits Save, SaveCall, SaveSlider, Close, Flush {
    }

    /** Commit what was saved since the last flush. */
    private enum Flush implements Command { INSTANCE }

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
    private final ActorRef<PopulationRunner.Command> runner;
    private boolean flushQueued;
    /** Matches received since the last flush. */
    private final List<MatchRecord> matches = new ArrayList<>();

    /**
     * A recorder writing matches to {@code store} and every model call to {@code calls} (its attempt
     * begun), telling {@code runner} how many matches each commit stored.
     */
    public static Behavior<Command> create(PopulationStore store, RunStore calls,
                                           ActorRef<PopulationRunner.Command> runner) {
        return Behaviors.setup(ctx -> new PopulationRecorder(ctx, store, calls, runner));
    }

    private PopulationRecorder(ActorContext<Command> ctx, PopulationStore store, RunStore calls,
                               ActorRef<PopulationRunner.Command> runner) {
        super(ctx);
        this.store = store;
        this.calls = calls;
        this.runner = runner;
        calls.beginBatch();
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Save.class, msg -> {
                    matches.add(msg.match());
                    return queueFlush();
                })
                .onMessage(SaveCall.class, msg -> {
                    calls.saveCall(msg.trialId(), msg.call());
                    return queueFlush();
                })
                .onMessage(SaveSlider.class, msg -> {
                    calls.saveTrial(msg.outcome());
                    return queueFlush();
                })
                .onMessage(Flush.class, msg -> flush())
                .onMessage(Close.class, msg -> {
                    flush();
                    msg.replyTo().tell(new PopulationRunner.StoreClosed());
                    return Behaviors.stopped();
                })
                .build();
    }

    private Behavior<Command> queueFlush() {
        if (!flushQueued) {
            flushQueued = true;
            getContext().getSelf().tell(Flush.INSTANCE);
        }
        return this;
    }

    /**
     * Commits in an order that never leaves two write transactions open on run.db at once (SQLite
     * has one writer; the two connections would wait on each other): the slider saves, then the
     * matches, then the matches' calls.
     */
    private Behavior<Command> flush() {
        flushQueued = false;
        calls.commitBatch();
        if (matches.isEmpty()) {
            return this;
        }
        matches.forEach(store::save);
        store.commit();
        for (MatchRecord m : matches) {
            for (MoveReply r : m.moves()) {
                r.callRecords().forEach(c -> calls.saveCall(MoveReply.callGroup(m.plan().matchId(), r), c));
            }
        }
        calls.commitBatch();
        runner.tell(new PopulationRunner.MatchesStored(matches.size()));
        matches.clear();
        return this;
    }
}
