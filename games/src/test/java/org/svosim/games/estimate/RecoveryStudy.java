package org.svosim.games.estimate;

import java.util.List;
import java.util.Locale;
import org.svosim.games.slider.Allocation;

/**
 * Measures how well the estimator recovers known angles (not a test: run its main with the test
 * classpath to print the table). Replication r of (angle, n) uses situations seeded 1000 + r and
 * choices seeded from the angle, n and r.
 */
final class RecoveryStudy {
    static final double[] ANGLES = {-30, 0, 20, 45, 70};

    /** Error statistics of one (angle, n) cell. */
    record Cell(double angle, int decisions, double meanError, double meanAbsoluteError, double maxAbsoluteError, double coverage, double meanLambda) {
    }

    private RecoveryStudy() {
    }

    static Cell run(double angle, int decisions, double lambda, int replications) {
        double sumError = 0;
        double sumSigned = 0;
        double maxError = 0;
        int covered = 0;
        double sumLambda = 0;
        for (int r = 0; r < replications; r++) {
            List<List<Allocation>> situations = DecisionBank.situations(decisions, 1000 + r);
            long seed = 31L * (31L * Double.doubleToLongBits(angle) + decisions) + r;
            AngleEstimate e = AngleEstimator.standard().estimate(DecisionBank.choose(situations, angle, lambda, seed));
            double signed = ((e.angle() - angle) % 360 + 540) % 360 - 180;
            double error = Math.abs(signed);
            sumSigned += signed;
            sumError += error;
            maxError = Math.max(maxError, error);
            covered += e.interval95().contains(angle) || e.interval95().contains(angle + 360) || e.interval95().contains(angle - 360) ? 1 : 0;
            sumLambda += e.lambda();
        }
        return new Cell(angle, decisions, sumSigned / replications, sumError / replications, maxError, (double) covered / replications, sumLambda / replications);
    }

    public static void main(String[] args) {
        double lambda = args.length > 0 ? Double.parseDouble(args[0]) : 0.1;
        int replications = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        System.out.printf(Locale.ROOT, "lambda %.3f, %d replications%n", lambda, replications);
        System.out.println("angle | n | mean error | MAE | max | 95% coverage | mean lambda");
        for (double angle : ANGLES) {
            for (int n : new int[] {30, 60, 120, 240}) {
                Cell c = run(angle, n, lambda, replications);
                System.out.printf(Locale.ROOT, "%5.0f | %3d | %+6.2f | %5.2f | %5.2f | %.2f | %.3f%n",
                        angle, n, c.meanError(), c.meanAbsoluteError(), c.maxAbsoluteError(), c.coverage(), c.meanLambda());
            }
        }
    }
}
