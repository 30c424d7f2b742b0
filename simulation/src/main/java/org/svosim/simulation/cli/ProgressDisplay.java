package org.svosim.simulation.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.engine.RunEvent;
import org.svosim.simulation.engine.RunGuardian;

/**
 * Shows a run's progress: a bar with trials done, ETA, valid/invalid/failed counts, calls,
 * tokens and cost on a terminal; a line every 10% otherwise (CI logs, pipes).
 */
final class ProgressDisplay implements RunGuardian.Listener, AutoCloseable {
    private static final long MESSAGE_INTERVAL_NANOS = 100_000_000L;
    private final ProgressBar bar;
    private final PrintWriter err;
    private final int planned;
    private long calls;
    private long tokens;
    private int lastDecile;
    private long lastWorded = System.nanoTime() - MESSAGE_INTERVAL_NANOS;

    private ProgressDisplay(ProgressBar bar, PrintWriter err, int planned) {
        this.bar = bar;
        this.err = err;
        this.planned = planned;
    }

    static ProgressDisplay start(ExperimentConfig cfg, boolean wanted, PrintWriter err) {
        return start(cfg.experiment(), Math.toIntExact(cfg.trialCount()), wanted, err);
    }

    /** A bar named {@code task} on a terminal when {@code wanted}, else a line to {@code err} every 10% of {@code planned}. */
    static ProgressDisplay start(String task, int planned, boolean wanted, PrintWriter err) {
        ProgressBar bar = null;
        if (wanted && System.console() != null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(planned)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build();
        }
        return new ProgressDisplay(bar, err, planned);
    }

    @Override
    public void on(RunEvent event) {
        if (event instanceof RunEvent.TrialStored t) {
            calls += t.calls();
            tokens += t.inputTokens() + t.outputTokens();
            RunEvent.Progress p = t.progress();
            if (bar != null) {
                bar.stepTo(p.done());
                long now = System.nanoTime();
                // the bar redraws every 200 ms: its message is worded at most every 100 ms, and for the last trial
                if (now - lastWorded >= MESSAGE_INTERVAL_NANOS || p.done() >= planned) {
                    lastWorded = now;
                    bar.setExtraMessage(extra(p, t.spentUsd()));
                }
            } else {
                int decile = planned == 0 ? 10 : p.done() * 10 / planned;
                if (decile > lastDecile) {
                    lastDecile = decile;
                    err.printf("%d/%d trials (%s)%n", p.done(), planned, extra(p, t.spentUsd()));
                    err.flush();
                }
            }
        } else if (event instanceof RunEvent.RunFailed f) {
            err.println("run failed: " + f.reason());
        }
    }

    private String extra(RunEvent.Progress p, double spentUsd) {
        return String.format(Locale.ROOT, "valid %d, invalid %d, failed %d | %d calls, %s tokens, $%.4f",
                p.valid(), p.invalid(), p.failed(), calls, compact(tokens), spentUsd);
    }

    private static String compact(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        return n < 10_000_000 ? String.format(Locale.ROOT, "%.1fk", n / 1e3) : String.format(Locale.ROOT, "%.1fM", n / 1e6);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
