package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.svosim.simulation.config.PopulationSpec;
import org.svosim.simulation.config.PopulationSpec.GameSpec;
import org.svosim.simulation.config.PopulationSpec.Pairing;

/**
 * Expands a population into its matches: game by game, the pairing's pairs (two-player games) or
 * consecutive groups of n agents (n-player games). Deterministic for a given seed. In a round
 * robin the pair (i, j) seats j first when i + j is odd, so that first movers are spread evenly.
 * A ring lists the pairs (i, i+1) with even i first, then those with odd i (then, for an odd
 * ring, the closing pair): since each agent plays its matches in schedule order, each half is
 * played all at once instead of one match after another around the ring.
 */
public final class MatchSchedule {
    private MatchSchedule() {
    }

    /** Every match, in schedule order; {@code seed} draws the random pairing. */
    public static List<MatchPlan> of(PopulationSpec population, long seed) {
        List<String> agents = population.agentNames();
        List<MatchPlan> plans = new ArrayList<>();
        for (int g = 0; g < population.games().size(); g++) {
            GameSpec game = population.games().get(g);
            int n = game.game().players();
            SplittableRandom random = new SplittableRandom(seed + 7919L * g);
            List<List<String>> tables = n == 2 ? pairs(population, agents, random) : groups(population, agents, n, random);
            for (List<String> seats : tables) {
                String id = game.label() + "/" + String.join("~", seats);
                plans.add(new MatchPlan(id, plans.size(), game, seats));
            }
        }
        return plans;
    }

    private static List<List<String>> pairs(PopulationSpec population, List<String> agents, SplittableRandom random) {
        List<List<String>> pairs = new ArrayList<>();
        Pairing pairing = population.pairing();
        if (pairing == Pairing.FIXED) {
            return population.fixedPairs();
        }
        if (pairing == Pairing.ROUND_ROBIN) {
            for (int i = 0; i < agents.size(); i++) {
                for (int j = i + 1; j < agents.size(); j++) {
                    boolean swap = (i + j) % 2 == 1;
                    pairs.add(swap ? List.of(agents.get(j), agents.get(i)) : List.of(agents.get(i), agents.get(j)));
                }
            }
        } else if (pairing == Pairing.RING) {
            int size = agents.size();
            if (size == 2) {
                return List.of(List.of(agents.get(0), agents.get(1)));
            }
            int paired = size - size % 2;
            for (int parity = 0; parity < 2; parity++) {
                for (int i = parity; i < paired; i += 2) {
                    pairs.add(List.of(agents.get(i), agents.get((i + 1) % size)));
                }
            }
            if (size % 2 == 1) {
                pairs.add(List.of(agents.get(size - 1), agents.get(0)));
            }
        } else {
            List<String> order = shuffled(agents, random);
            for (int i = 0; i + 1 < order.size(); i += 2) {
                pairs.add(List.of(order.get(i), order.get(i + 1)));
            }
        }
        return pairs;
    }

    private static List<List<String>> groups(PopulationSpec population, List<String> agents, int n,
                                             SplittableRandom random) {
        List<String> order = population.pairing() == Pairing.RANDOM ? shuffled(agents, random) : agents;
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i + n <= order.size(); i += n) {
            groups.add(List.copyOf(order.subList(i, i + n)));
        }
        return groups;
    }

    private static List<String> shuffled(List<String> agents, SplittableRandom random) {
        List<String> order = new ArrayList<>(agents);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        return order;
    }
}
