package org.svosim.simulation.chart;

import java.util.Objects;

/**
 * One valid trial's measured SVO angle, with the induced value it was measured under:
 * the chart's input, decoupled from the run store (analysis maps its rows to it).
 *
 * @param backend       backend id, e.g. "openai-gpt-4o"
 * @param protocol      protocol variant id, e.g. "goal-prompt"
 * @param valueLabel    the induced value's label ("prosocial", "angle_30"); one chart column each
 * @param targetDegrees the induced value's target angle theta* in degrees (orders the columns)
 * @param idealLow      lower end of the ideal agent's angle interval for this value (degrees)
 * @param idealHigh     upper end of the ideal agent's angle interval for this value (degrees)
 * @param angle         the trial's measured SVO angle in degrees
 */
public record AnglePoint(String backend, String protocol, String valueLabel, double targetDegrees,
                         double idealLow, double idealHigh, double angle) {

    public AnglePoint {
        requireText(backend, "backend");
        requireText(protocol, "protocol");
        requireText(valueLabel, "valueLabel");
        requireFinite(targetDegrees, "targetDegrees");
        requireFinite(idealLow, "idealLow");
        requireFinite(idealHigh, "idealHigh");
        requireFinite(angle, "angle");
        if (idealLow > idealHigh) {
            throw new IllegalArgumentException("ideal interval of '" + valueLabel + "' has idealLow "
                    + idealLow + " > idealHigh " + idealHigh + " (expected idealLow <= idealHigh)");
        }
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, () -> field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requireFinite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number of degrees, got " + value);
        }
    }
}
