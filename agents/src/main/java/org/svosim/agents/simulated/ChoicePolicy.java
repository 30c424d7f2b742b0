package org.svosim.agents.simulated;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How the simulated agent picks an option: with probability proportional to
 * {@code exp(u_j / noise)}, u_j the option's utility at the effective angle; at noise 0 a
 * best option, ties (within 1e-9 relative) broken uniformly by the generator.
 */
final class ChoicePolicy {
    private static final double TIE_TOLERANCE = 1e-9;

    private ChoicePolicy() {
    }

    static OfferedOption choose(List<OfferedOption> options, double degrees, double noise, SplittableRandom random) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no options to choose from");
        }
        double[] u = new double[options.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < u.length; j++) {
            u[j] = options.get(j).utility(degrees);
            max = Math.max(max, u[j]);
        }
        return noise == 0 ? best(options, u, max, random) : softmax(options, u, max, noise, random);
    }

    private static OfferedOption best(List<OfferedOption> options, double[] u, double max, SplittableRandom random) {
        double tolerance = TIE_TOLERANCE * Math.max(1.0, Math.abs(max));
        List<OfferedOption> best = new ArrayList<>();
        for (int j = 0; j < u.length; j++) {
            if (u[j] >= max - tolerance) {
                best.add(options.get(j));
            }
        }
        return best.get(random.nextInt(best.size()));
    }

    private static OfferedOption softmax(List<OfferedOption> options, double[] u, double max, double noise,
                                         SplittableRandom random) {
        double[] weights = new double[u.length];
        double total = 0;
        for (int j = 0; j < u.length; j++) {
            weights[j] = Math.exp((u[j] - max) / noise);
            total += weights[j];
        }
        double draw = random.nextDouble() * total;
        for (int j = 0; j < u.length; j++) {
            draw -= weights[j];
            if (draw < 0) {
                return options.get(j);
            }
        }
        return options.get(u.length - 1);
    }
}
