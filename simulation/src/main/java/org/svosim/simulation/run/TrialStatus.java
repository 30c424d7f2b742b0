package org.svosim.simulation.run;

/** How a trial ended. */
public enum TrialStatus {
    /** Every primary item has a valid answer; the trial has an angle. */
    VALID,
    /** The interview completed but some primary item has no valid answer; no angle. */
    INVALID,
    /** A model call failed for good; the interview stopped. The reason is recorded. */
    FAILED;

    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    public String label() {
        return label;
    }
}
