package org.svosim.simulation.analysis;

/**
 * How the research analysis is run.
 *
 * @param bootstrapResamples resamples per bootstrap interval (at least 100; default
 *                           {@value Bootstrap#DEFAULT_RESAMPLES})
 */
public record AnalysisSettings(int bootstrapResamples) {
    public AnalysisSettings {
        if (bootstrapResamples < 100) {
            throw new IllegalArgumentException("bootstrapResamples must be at least 100, got " + bootstrapResamples);
        }
    }

    /** The defaults: {@value Bootstrap#DEFAULT_RESAMPLES} resamples. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Bootstrap.DEFAULT_RESAMPLES);
    }
}
