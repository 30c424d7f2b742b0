package org.svosim.games.value;

import java.util.Optional;
import org.svosim.games.slider.SvoCategory;

/**
 * The value an agent is told to hold: a named SVO category (at its ring angle) or an
 * explicit target angle theta* in degrees.
 */
public sealed interface TargetValue permits TargetValue.Named, TargetValue.Explicit {

    /** The target angle theta* in degrees. */
    double degrees();

    /** A short label for tables: the category name, or e.g. "angle_30". */
    String label();

    /** The target category, present only for named targets. */
    Optional<SvoCategory> category();

    /** A named category target (altruistic 90, prosocial 45, individualistic 0, competitive -45). */
    record Named(SvoCategory value) implements TargetValue {
        @Override
        public double degrees() {
            return value.ringAngle();
        }

        @Override
        public String label() {
            return value.label();
        }

        @Override
        public Optional<SvoCategory> category() {
            return Optional.of(value);
        }
    }

    /** An explicit target angle with an optional display name. */
    record Explicit(double degrees, String name) implements TargetValue {
        public Explicit {
            if (!Double.isFinite(degrees) || degrees < -180 || degrees > 180) {
                throw new IllegalArgumentException("target angle must be within [-180, 180] degrees: " + degrees);
            }
        }

        @Override
        public String label() {
            if (name != null && !name.isBlank()) {
                return name;
            }
            String d = degrees == Math.rint(degrees) ? String.valueOf((long) degrees) : String.valueOf(degrees);
            return "angle_" + d;
        }

        @Override
        public Optional<SvoCategory> category() {
            return Optional.empty();
        }
    }
}
