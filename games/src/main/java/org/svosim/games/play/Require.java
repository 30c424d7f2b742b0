package org.svosim.games.play;

/** Parameter checks shared by the games: each failure names the parameter and the rule it broke. */
final class Require {
    private Require() {
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
        return value;
    }

    static double positive(String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    static String name(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be a non-blank name, got " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    /** A step for a range of amounts: > 0 and no larger than the range's width when that is > 0. */
    static double step(double step, double width) {
        positive("step", step);
        if (width > 0 && step > width) {
            throw new IllegalArgumentException("step must be <= the amount it divides (" + Text.amount(width) + "), got " + Text.amount(step));
        }
        return step;
    }
}
