package org.svosim.simulation.engine;

import java.time.Instant;
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
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.RunStore;

/**
 * The run store's one owner: saves each model call and each finished trial as they arrive and
 * commits them in groups (one disk sync per burst of messages, at once when idle), confirming
 * each trial only after its commit.
 * Spawn it on the blocking store dispatcher ({@link #DISPATCHER}), since every write
 * waits for the disk.
 */
public final class RunRecorder extends AbstractBehavior<RunRecorder.Command> {

    /** Dispatcher (in application.conf) for the recorder's blocking writes. */
    public static final String DISPATCHER = "svo-sim.store-dispatcher";

    /** Messages the recorder handles. */
    public sealed interface Command permits StoreCall, Store, Close, Flush {
    }

    /** Commit one model call of a trial in flight (no reply). */
    public record StoreCall(String trialId, CallRecord call) implements Command {
    }

    /** Commit this outcome, then tell {@code replyTo}. */
    public record Store(TrialOutcome outcome, ActorRef<Stored> replyTo) implements Command {
    }

    /** Mark the run finished, close the store, then tell {@code replyTo}. */
    public record Close(ActorRef<Closed> replyTo) implements Command {
    }

    /** A trial is committed. */
    public record Stored(String trialId, TrialStatus status, int calls, long inputTokens, long outputTokens) {
    }

    /** The store is closed. */
    public record Closed() {
    }

    /** Commit what was saved since the last commit, then confirm the trials in it (internal). */
    private enum Flush implements Command { INSTANCE }

    private final RunStore store;
    private final List<Store> awaitingCommit = new ArrayList<>();
    private boolean flushQueued;

    public static Behavior<Command> create(RunStore store) {
        return Behaviors.setup(ctx -> new RunRecorder(ctx, store));
    }

    private RunRecorder(ActorContext<Command> ctx, RunStore store) {
        super(ctx);
        this.store = store;
        store.beginBatch();
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(StoreCall.class, this::onStoreCall)
                .onMessage(Store.class, this::onStore)
                .onMessage(Close.class, this::onClose)
                .onMessage(Flush.class, f -> onFlush())
                .build();
    }

    private Behavior<Command> onStoreCall(StoreCall msg) {
        store.saveCall(msg.trialId(), msg.call());
        queueFlush();
        return this;
    }

    private Behavior<Command> onStore(Store msg) {
        store.saveTrial(msg.outcome());
        awaitingCommit.add(msg);
        queueFlush();
        return this;
    }

    /**
     * Group commit: the flush goes to the back of the mailbox, so every save already queued
     * joins the same transaction; when idle, a save is committed at once.
     */
    private void queueFlush() {
        if (!flushQueued) {
            flushQueued = true;
            getContext().getSelf().tell(Flush.INSTANCE);
        }
    }

    private Behavior<Command> onFlush() {
        flushQueued = false;
        store.commitBatch();
        for (Store s : awaitingCommit) {
            confirm(s);
        }
        awaitingCommit.clear();
        return this;
    }

    private static void confirm(Store msg) {
        TrialOutcome o = msg.outcome();
        long in = 0;
        long out = 0;
        for (CallRecord c : o.calls()) {
            in += c.inputTokens() == null ? 0 : c.inputTokens();
            out += c.outputTokens() == null ? 0 : c.outputTokens();
        }
        msg.replyTo().tell(new Stored(o.spec().trialId(), o.status(), o.calls().size(), in, out));
    }

    private Behavior<Command> onClose(Close msg) {
        onFlush();
        store.finish(Instant.now());
        store.close();
        msg.replyTo().tell(new Closed());
        return Behaviors.stopped();
    }
}
