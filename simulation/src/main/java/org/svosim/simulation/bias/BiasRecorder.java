package org.svosim.simulation.bias;

import java.time.Instant;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The probe store's one owner: saves every answer as it arrives and commits in groups (one disk
 * sync per burst of messages, at once when idle). Spawn it on the store dispatcher.
 */
public final class BiasRecorder extends AbstractBehavior<BiasRecorder.Command> {

    /** Messages the recorder handles. */
    public sealed interface Command permits Save, Close, Flush {
    }

    /** Save one answer (no reply). */
    public record Save(BiasAnswer answer) implements Command {
    }

    /** Commit, mark the run finished, close the store, then tell {@code replyTo}. */
    public record Close(ActorRef<Closed> replyTo) implements Command {
    }

    /** The store is closed. */
    public record Closed() {
    }

    private enum Flush implements Command { INSTANCE }

    private final BiasStore store;
    private boolean flushQueued;

    public static Behavior<Command> create(BiasStore store) {
        return Behaviors.setup(ctx -> new BiasRecorder(ctx, store));
    }

    private BiasRecorder(ActorContext<Command> ctx, BiasStore store) {
        super(ctx);
        this.store = store;
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Save.class, this::onSave)
                .onMessage(Close.class, this::onClose)
                .onMessage(Flush.class, f -> onFlush())
                .build();
    }

    private Behavior<Command> onSave(Save msg) {
        store.save(msg.answer());
        if (!flushQueued) {
            flushQueued = true;
            getContext().getSelf().tell(Flush.INSTANCE);
        }
        return this;
    }

    private Behavior<Command> onFlush() {
        flushQueued = false;
        store.commit();
        return this;
    }

    private Behavior<Command> onClose(Close msg) {
        store.commit();
        store.finish(Instant.now());
        msg.replyTo().tell(new Closed());
        return Behaviors.stopped();
    }
}
