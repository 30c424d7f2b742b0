package org.svosim.games.estimate;

import java.util.function.DoubleUnaryOperator;

/** Golden-section search for the maximum of a function on an interval (unimodal there). */
final class GoldenSection {
    private static final double INVERSE_PHI = (Math.sqrt(5) - 1) / 2;

    private GoldenSection() {
    }

    /** The argument in {@code [a, b]} that maximises {@code f}, to within {@code tolerance}. */
    static double maximise(DoubleUnaryOperator f, double a, double b, double tolerance) {
        double lo = a;
        double hi = b;
        double x1 = hi - INVERSE_PHI * (hi - lo);
        double x2 = lo + INVERSE_PHI * (hi - lo);
        double f1 = f.applyAsDouble(x1);
        double f2 = f.applyAsDouble(x2);
        while (hi - lo > tolerance) {
            if (f1 >= f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - INVERSE_PHI * (hi - lo);
                f1 = f.applyAsDouble(x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + INVERSE_PHI * (hi - lo);
                f2 = f.applyAsDouble(x2);
            }
        }
        return (lo + hi) / 2;
    }
}
