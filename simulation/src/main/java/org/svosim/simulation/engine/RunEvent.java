package org.svosim.simulation.engine;

import org.svosim.simulation.run.TrialStatus;

/** What a run tells its listener (progress display, command line) as it goes. */
public sealed interface RunEvent permits RunEvent.TrialStored, RunEvent.RunEnded, RunEvent.RunFailed {

    /** Progress so far: trials stored by status, out of the planned total. */
    record Progress(int planned, int valid, int invalid, int failed) {
        public int done() {
            return valid + invalid + failed;
        }
    }

    /** One trial is committed to the run store. */
    record TrialStored(String trialId, TrialStatus status, int calls, long inputTokens, long outputTokens,
                       Progress progress) implements RunEvent {
    }

    /**
     * No trial is in flight any more and every finished one is committed: either the plan is
     * done ({@code stopReason} null) or the run was asked to stop taking new trials.
     */
    record RunEnded(Progress progress, String stopReason) implements RunEvent {
        public boolean complete() {
            return stopReason == null;
        }
    }

    /** The run stopped because something other than a model call failed (e.g. the store). */
    record RunFailed(String reason) implements RunEvent {
    }

    /** Mutable tally kept by the runner (not a message). */
    final class Counts {
        private int valid;
        private int invalid;
        private int failed;

        void add(TrialStatus status) {
            switch (status) {
                case VALID -> valid++;
                case INVALID -> invalid++;
                case FAILED -> failed++;
                default -> throw new IllegalArgumentException(String.valueOf(status));
            }
        }

        int total() {
            return valid + invalid + failed;
        }

        Progress snapshot(int planned) {
            return new Progress(planned, valid, invalid, failed);
        }
    }
}
