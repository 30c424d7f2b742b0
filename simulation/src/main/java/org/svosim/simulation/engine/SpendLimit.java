package org.svosim.simulation.engine;

/**
 * The run's spending limit. A trial starts only if what was spent so far plus the most that
 * every trial in flight and the new one can cost stays within the budget, so the limit holds
 * even while trials are running (as far as the per-trial worst case, an estimate, holds).
 *
 * @param budgetUsd      the limit (USD)
 * @param spentBeforeUsd what earlier attempts of the run spent (USD)
 * @param costliestTrial the most one trial can cost (USD), from the estimate's costliest script
 */
public record SpendLimit(double budgetUsd, double spentBeforeUsd, double costliestTrial) {

    /** Whether one more trial may start with {@code spentUsd} spent by this attempt and {@code inFlight} running. */
    public boolean allowsAnother(double spentUsd, int inFlight) {
        return spentBeforeUsd + spentUsd + (inFlight + 1) * costliestTrial <= budgetUsd;
    }

    /** The stop reason once the limit is reached. */
    public String reason(double spentUsd) {
        return String.format(java.util.Locale.ROOT, "budget: $%.4f spent of budget_usd $%.4f, next trial may cost"
                + " up to $%.4f", spentBeforeUsd + spentUsd, budgetUsd, costliestTrial);
    }
}
