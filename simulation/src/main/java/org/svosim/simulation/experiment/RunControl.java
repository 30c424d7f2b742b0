package org.svosim.simulation.experiment;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.svosim.simulation.engine.RunGuardian;

/**
 * A handle on a running experiment from outside the actor system (the command line's Ctrl-C
 * handler): asks the run to start no new trial and to end once the trials in flight are stored.
 * A stop asked before the run started is delivered when it starts.
 */
public final class RunControl {
    private final AtomicReference<ActorRef<RunGuardian.Command>> guardian = new AtomicReference<>();
    private volatile String stopReason;
    private final AtomicReference<Consumer<String>> otherRun = new AtomicReference<>();

    /** Asks the run to stop taking new trials. */
    public void requestStop(String reason) {
        stopReason = reason;
        ActorRef<RunGuardian.Command> g = guardian.get();
        if (g != null) {
            g.tell(new RunGuardian.StopTakingWork(reason));
        }
        Consumer<String> other = otherRun.get();
        if (other != null) {
            other.accept(reason);
        }
    }

    /**
     * Attaches a run that is not a slider experiment (e.g. the bias probe): {@code stop} is told the
     * reason of a stop requested now or before.
     */
    public void attach(Consumer<String> stop) {
        otherRun.set(stop);
        String reason = stopReason;
        if (reason != null) {
            stop.accept(reason);
        }
    }

    void attach(ActorRef<RunGuardian.Command> ref) {
        guardian.set(ref);
        String reason = stopReason;
        if (reason != null) {
            ref.tell(new RunGuardian.StopTakingWork(reason));
        }
    }
}
