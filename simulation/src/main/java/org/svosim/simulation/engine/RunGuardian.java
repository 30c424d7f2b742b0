package org.svosim.simulation.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.Terminated;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.store.RunStore;

/**
 * The root of a run's actor system: starts the recorder and the runner, passes progress to
 * the command line's listener, passes a request to stop on to the runner, closes the store
 * when the run has ended, and completes {@code done} (exceptionally if the store failed).
 */
public final class RunGuardian extends AbstractBehavior<RunGuardian.Command> {

    /** Messages the guardian handles. */
    public sealed interface Command permits Event, StoreClosed, StopTakingWork {
    }

    /** Start no new trial (Ctrl-C, budget); the run ends when the trials in flight are stored. */
    public record StopTakingWork(String reason) implements Command {
    }

    private record Event(RunEvent event) implements Command {
    }

    private record StoreClosed(RunRecorder.Closed closed) implements Command {
    }

    /** Receives progress on the guardian's thread; must return quickly. */
    @FunctionalInterface
    public interface Listener {
        void on(RunEvent event);
    }

    private final ActorRef<RunRecorder.Command> recorder;
    private final ActorRef<ExperimentRunner.Command> runner;
    private final Listener listener;
    private final CompletableFuture<RunEvent.RunEnded> done;
    private RunEvent.RunEnded ended;

    /** The root of a run of {@code trials}; {@code spendLimit} may be null (no budget). */
    public static Behavior<Command> create(List<TrialSpec> trials, TrialKit kit, int maxInFlight, SpendLimit spendLimit,
                                           RunStore store, Listener listener,
                                           CompletableFuture<RunEvent.RunEnded> done) {
        return Behaviors.setup(ctx -> new RunGuardian(ctx, trials, kit, maxInFlight, spendLimit, store, listener,
                done));
    }

    private RunGuardian(ActorContext<Command> ctx, List<TrialSpec> trials, TrialKit kit, int maxInFlight,
                        SpendLimit spendLimit, RunStore store, Listener listener,
                        CompletableFuture<RunEvent.RunEnded> done) {
        super(ctx);
        this.listener = listener;
        this.done = done;
        this.recorder = ctx.spawn(RunRecorder.create(store), "recorder",
                DispatcherSelector.fromConfig(RunRecorder.DISPATCHER));
        ctx.watch(recorder);
        ActorRef<RunEvent> events = ctx.messageAdapter(RunEvent.class, Event::new);
        this.runner = ctx.spawn(ExperimentRunner.create(trials, kit, maxInFlight, spendLimit, recorder, events), "experiment");
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Event.class, this::onEvent)
                .onMessage(StoreClosed.class, this::onStoreClosed)
                .onMessage(StopTakingWork.class, this::onStopTakingWork)
                .onSignal(Terminated.class, this::onTerminated)
                .build();
    }

    private Behavior<Command> onEvent(Event msg) {
        listener.on(msg.event());
        if (msg.event() instanceof RunEvent.RunEnded end) {
            ended = end;
            recorder.tell(new RunRecorder.Close(getContext().messageAdapter(RunRecorder.Closed.class,
                    StoreClosed::new)));
        }
        return this;
    }

    private Behavior<Command> onStoreClosed(StoreClosed msg) {
        done.complete(ended);
        return Behaviors.stopped();
    }

    private Behavior<Command> onStopTakingWork(StopTakingWork msg) {
        runner.tell(new ExperimentRunner.StopTakingWork(msg.reason()));
        return this;
    }

    private Behavior<Command> onTerminated(Terminated t) {
        if (!done.isDone()) {
            String reason = "the run store stopped unexpectedly; see the log for its error";
            listener.on(new RunEvent.RunFailed(reason));
            done.completeExceptionally(new IllegalStateException(reason));
        }
        return Behaviors.stopped();
    }
}
