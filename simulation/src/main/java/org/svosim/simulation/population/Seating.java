package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One seat an agent took in a match. {@link #byAgent} indexes a run's matches once, so that
 * per-agent tables cost time linear in the matches rather than agents times matches.
 *
 * @param match the match
 * @param seat  the agent's seat in it
 */
record Seating(MatchRecord match, int seat) {

    /** Every agent's seats, in the order of {@code matches}. */
    static Map<String, List<Seating>> byAgent(List<MatchRecord> matches) {
        Map<String, List<Seating>> out = new HashMap<>();
        for (MatchRecord m : matches) {
            List<String> seats = m.plan().seats();
            for (int s = 0; s < seats.size(); s++) {
                out.computeIfAbsent(seats.get(s), a -> new ArrayList<>(2)).add(new Seating(m, s));
            }
        }
        return out;
    }
}
