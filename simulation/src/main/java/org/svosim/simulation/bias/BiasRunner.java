package org.svosim.simulation.bias;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import org.svosim.simulation.engine.RunRecorder;

/**
 * The root of a probe's actor system: keeps at most {@code maxInFlight} {@link BiasCallAgent}s
 * alive, hands every answer to the {@link BiasRecorder}, starts the ratings once every
 * explanation is in, closes the store at the end and completes {@code done} with the tally.
 */
public final class BiasRunner extends AbstractBehavior<BiasRunner.Command> {

    /** Messages the runner handles. */
    public sealed interface Command permits TaskDone, StopTakingWork, StoreClosed {
    }

    /** A call agent finished its task (sent by the child). */
    public record TaskDone(BiasAnswer answer) implements Command {
    }

    /** Start no new task; end once the tasks in flight are stored. */
    public record StopTakingWork(String reason) implements Command {
    }

    private record StoreClosed(BiasRecorder.Closed closed) implements Command {
    }

    /** What this attempt did: tasks answered, calls failed, and why it stopped early (null if it did not). */
    public record Tally(int answered, int failed, String stopReason) {
    }

    private final BiasWork work;
    private final int maxInFlight;
    private final ActorRef<BiasRecorder.Command> recorder;
    private final CompletableFuture<Tally> done;
    private final Deque<BiasTask> queue;
    private final List<BiasAnswer> explanations;
    private boolean ratingsPlanned;
    private int inFlight;
    private int started;
    private int answered;
    private int failed;
    private String stopReason;
    private boolean closing;

    /** A runner of {@code work} that writes to {@code store} and completes {@code done}. */
    public static Behavior<Command> create(BiasWork work, int maxInFlight, BiasStore store,
                                           CompletableFuture<Tally> done) {
        return Behaviors.setup(ctx -> new BiasRunner(ctx, work, maxInFlight, store, done));
    }

    private BiasRunner(ActorContext<Command> ctx, BiasWork work, int maxInFlight, BiasStore store,
                       CompletableFuture<Tally> done) {
        super(ctx);
        this.work = work;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.done = done;
        this.recorder = ctx.spawn(BiasRecorder.create(store), "recorder",
                DispatcherSelector.fromConfig(RunRecorder.DISPATCHER));
        ctx.watch(recorder);
        this.queue = new ArrayDeque<>(work.pending(work.firstPhase()));
        this.explanations = new ArrayList<>(work.storedExplanations());
        this.ratingsPlanned = !work.explain();
        fill();
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(TaskDone.class, this::onTaskDone)
                .onMessage(StopTakingWork.class, this::onStopTakingWork)
                .onMessage(StoreClosed.class, this::onStoreClosed)
                .onSignal(Terminated.class, t -> onRecorderStopped())
                .build();
    }

    private Behavior<Command> onTaskDone(TaskDone msg) {
        inFlight--;
        BiasAnswer a = msg.answer();
        if (a.ok()) {
            answered++;
        } else {
            failed++;
        }
        if (a.ok() && a.task().kind() == TaskKind.EXPLAIN) {
            explanations.add(a);
        }
        recorder.tell(new BiasRecorder.Save(a));
        fill();
        return this;
    }

    private Behavior<Command> onStopTakingWork(StopTakingWork msg) {
        if (stopReason == null) {
            stopReason = msg.reason();
        }
        fill();
        return this;
    }

    private void fill() {
        while (stopReason == null && inFlight < maxInFlight && !queue.isEmpty()) {
            BiasTask task = queue.poll();
            inFlight++;
            started++;
            getContext().spawn(BiasCallAgent.create(task, work.gateways().get(task.backend()), getContext().getSelf()),
                    "task-" + started);
        }
        if (queue.isEmpty() && inFlight == 0 && !ratingsPlanned && stopReason == null) {
            ratingsPlanned = true;
            queue.addAll(work.pending(work.ratings(explanations)));
            fill();
            return;
        }
        if (inFlight == 0 && (queue.isEmpty() || stopReason != null) && !closing) {
            closing = true;
            recorder.tell(new BiasRecorder.Close(getContext().messageAdapter(BiasRecorder.Closed.class,
                    StoreClosed::new)));
        }
    }

    private Behavior<Command> onStoreClosed(StoreClosed msg) {
        done.complete(new Tally(answered, failed, queue.isEmpty() && ratingsPlanned ? null : stopReason));
        return Behaviors.stopped();
    }

    private Behavior<Command> onRecorderStopped() {
        if (!done.isDone()) {
            done.completeExceptionally(new IllegalStateException(
                    "the run store stopped unexpectedly; see the log for its error"));
        }
        return Behaviors.stopped();
    }
}
