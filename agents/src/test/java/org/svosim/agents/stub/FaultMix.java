package org.svosim.agents.stub;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Fixed proportions of faults: each fault is drawn with probability weight / total weight. */
public final class FaultMix {
    private final Map<Fault, Integer> weights;
    private final int total;

    private FaultMix(Map<Fault, Integer> weights) {
        this.weights = new EnumMap<>(weights);
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("a fault mix needs a positive total weight, got " + weights);
        }
    }

    /** Always the same fault. */
    public static FaultMix only(Fault fault) {
        return new FaultMix(Map.of(fault, 1));
    }

    /** Weights as alternating (Fault, Integer) pairs, e.g. {@code of(OK, 8, SERVER_ERROR, 2)}. */
    public static FaultMix of(Object... faultsAndWeights) {
        if (faultsAndWeights.length % 2 != 0) {
            throw new IllegalArgumentException("expected (Fault, weight) pairs");
        }
        Map<Fault, Integer> weights = new EnumMap<>(Fault.class);
        for (int i = 0; i < faultsAndWeights.length; i += 2) {
            int w = (Integer) faultsAndWeights[i + 1];
            if (w < 0) {
                throw new IllegalArgumentException("weight of " + faultsAndWeights[i] + " must be >= 0, got " + w);
            }
            weights.merge((Fault) faultsAndWeights[i], w, Integer::sum);
        }
        return new FaultMix(weights);
    }

    /** Draws one fault. */
    public Fault draw(SplittableRandom random) {
        int r = random.nextInt(total);
        for (Map.Entry<Fault, Integer> e : weights.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable: weights changed during a draw");
    }
}
