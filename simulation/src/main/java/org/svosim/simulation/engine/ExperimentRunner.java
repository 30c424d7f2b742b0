package org.svosim.simulation.engine;

import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.svosim.simulation.run.CallRecord;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.run.TrialStatus;

/**
 * Runs a plan's trials with at most {@code maxInFlight} agents alive at once: spawns one
 * {@link TrialAgent} per trial, hands each outcome to the {@link RunRecorder}, and tells the
 * listener about every trial once it is stored and about the end of the run. Starts no trial
 * while more than {@link #storeBacklog(int)} finished trials wait for the recorder, so memory
 * stays bounded when agents answer faster than the disk takes their trials.
 */
public final class ExperimentRunner extends AbstractBehavior<ExperimentRunner.Command> {

    /** Messages the runner handles. */
    public sealed interface Command permits TrialFinished, Stored, StopTakingWork {
    }

    /** Start no new trial; end once the trials in flight are finished and stored. */
    public record StopTakingWork(String reason) implements Command {
    }

    /** A trial agent finished its trial (sent by the child). */
    public record TrialFinished(TrialOutcome outcome) implements Command {
    }

    private record Stored(RunRecorder.Stored stored) implements Command {
    }

    private final List<TrialSpec> trials;
    private final TrialKit kit;
    private final int maxInFlight;
    private final int maxAwaitingStore;
    private final ActorRef<RunRecorder.Command> recorder;
    private final ActorRef<RunEvent> listener;
    private final ActorRef<RunRecorder.Stored> storedAdapter;
    private final RunEvent.Counts counts = new RunEvent.Counts();
    private final SpendLimit spendLimit;
    private double spentUsd;
    private int nextTrial;
    private int inFlight;
    private int finished;
    private String stopReason;

    /** A runner of {@code trials}; {@code spendLimit} may be null (no budget). */
    public static Behavior<Command> create(List<TrialSpec> trials, TrialKit kit, int maxInFlight, SpendLimit spendLimit,
                                           ActorRef<RunRecorder.Command> recorder, ActorRef<RunEvent> listener) {
        return Behaviors.setup(ctx -> new ExperimentRunner(ctx, trials, kit, maxInFlight, spendLimit, recorder,
                listener));
    }

    private ExperimentRunner(ActorContext<Command> ctx, List<TrialSpec> trials, TrialKit kit, int maxInFlight,
                             SpendLimit spendLimit, ActorRef<RunRecorder.Command> recorder,
                             ActorRef<RunEvent> listener) {
        super(ctx);
        this.spendLimit = spendLimit;
        this.trials = List.copyOf(trials);
        this.kit = kit;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.maxAwaitingStore = storeBacklog(this.maxInFlight);
        this.recorder = recorder;
        this.listener = listener;
        this.storedAdapter = ctx.messageAdapter(RunRecorder.Stored.class, Stored::new);
        fill();
        finishIfDone();
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(TrialFinished.class, this::onTrialFinished)
                .onMessage(Stored.class, this::onStored)
                .onMessage(StopTakingWork.class, this::onStopTakingWork)
                .build();
    }

    private Behavior<Command> onStopTakingWork(StopTakingWork msg) {
        if (stopReason == null) {
            stopReason = msg.reason();
        }
        return finishIfDone();
    }

    private Behavior<Command> onTrialFinished(TrialFinished msg) {
        inFlight--;
        finished++;
        for (CallRecord c : msg.outcome().calls()) {
            Double cost = kit.prices().callCost(c.backend(), c.cached(), c.inputTokens(), c.outputTokens());
            spentUsd += cost == null ? 0 : cost;
        }
        recorder.tell(new RunRecorder.Store(msg.outcome(), storedAdapter));
        fill();
        return this;
    }

    private Behavior<Command> onStored(Stored msg) {
        TrialStatus status = msg.stored().status();
        counts.add(status);
        listener.tell(new RunEvent.TrialStored(msg.stored().trialId(), status, msg.stored().calls(),
                msg.stored().inputTokens(), msg.stored().outputTokens(), counts.snapshot(trials.size()), spentUsd));
        fill();
        return finishIfDone();
    }

    private void fill() {
        while (stopReason == null && inFlight < maxInFlight && nextTrial < trials.size()
                && finished - counts.total() < maxAwaitingStore) {
            if (spendLimit != null && !spendLimit.allowsAnother(spentUsd, inFlight)) {
                if (inFlight == 0) {
                    stopReason = spendLimit.reason(spentUsd);
                }
                return;
            }
            TrialSpec spec = trials.get(nextTrial++);
            inFlight++;
            getContext().spawn(TrialAgent.create(spec, kit, getContext().getSelf(), recorder), "trial-" + spec.index());
        }
    }

    /**
     * How many finished units of work (trials, population matches) may wait for the recorder before
     * no new one starts: the disk, not the heap, sets the pace when answers come faster than
     * run.db commits them.
     */
    public static int storeBacklog(int maxInFlight) {
        return Math.max(256, 4 * maxInFlight);
    }

    private Behavior<Command> finishIfDone() {
        boolean noMoreWork = stopReason != null || nextTrial == trials.size();
        if (noMoreWork && inFlight == 0 && counts.total() == finished) {
            listener.tell(new RunEvent.RunEnded(counts.snapshot(trials.size()),
                    counts.total() == trials.size() ? null : stopReason));
            return Behaviors.stopped();
        }
        return this;
    }
}
