package org.svosim.simulation.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.svosim.simulation.experiment.RunControl;

/**
 * Ctrl-C during {@code run}: instead of dying mid-write, the run stops taking new trials, lets
 * the calls in flight finish or time out, stores what finished, writes its tables and manifest,
 * and only then lets the JVM exit (status 130). The run can be resumed with {@code --resume}.
 */
final class InterruptHandler implements AutoCloseable {
    /** How long the JVM waits for a stopping run before it exits anyway. */
    private static final long GRACE_MINUTES = 15;
    private static volatile boolean shutdownStarted;

    private final Thread hook;
    private final CountDownLatch runEnded = new CountDownLatch(1);

    private InterruptHandler(RunControl control, PrintWriter err) {
        this.hook = new Thread(() -> {
            shutdownStarted = true;
            err.println("\ninterrupted: starting no new trial; waiting for the trials in flight to finish"
                    + " (Ctrl-C again is not needed; the run database stays consistent)");
            err.flush();
            control.requestStop("interrupted");
            try {
                runEnded.await(GRACE_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "svo-sim-interrupt");
    }

    static InterruptHandler install(RunControl control, PrintWriter err) {
        InterruptHandler h = new InterruptHandler(control, err);
        Runtime.getRuntime().addShutdownHook(h.hook);
        return h;
    }

    /** Whether the JVM is exiting because of a signal (then the caller must not call System.exit). */
    static boolean shutdownStarted() {
        return shutdownStarted;
    }

    @Override
    public void close() {
        runEnded.countDown();
        if (!shutdownStarted) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs and returns at once now that the run has ended
            }
        }
    }
}
