package org.svosim.simulation.population;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svosim.simulation.config.PopulationSpec;
import org.svosim.simulation.store.RunStore;

/**
 * What an interrupted population run already stored, so that a resumed run does only the rest:
 * the indices of the stored matches, the agents whose slider interview is stored, and each agent's
 * memory as it stood after its stored matches (rebuilt with {@link RememberedRounds}).
 *
 * <p>Each agent plays its matches one at a time in schedule order and the one recorder commits
 * them in the order they finish, so an agent's stored matches are always the first ones of its
 * schedule; its memory is therefore rebuilt from exactly the rounds it had been told, in the same
 * order. A run.db that breaks this (an agent with a stored match after an unstored one) is refused.
 *
 * @param matches  indices of the stored matches
 * @param sliders  names of the agents whose slider interview is stored
 * @param memories per agent with stored matches, its remembered sentences, oldest first
 */
public record StoredProgress(Set<Integer> matches, Set<String> sliders, Map<String, List<String>> memories) {
    public StoredProgress {
        matches = Set.copyOf(matches);
        sliders = Set.copyOf(sliders);
        memories = Map.copyOf(memories);
    }

    /** Nothing stored yet (a new run). */
    public static StoredProgress none() {
        return new StoredProgress(Set.of(), Set.of(), Map.of());
    }

    /** The memory an agent starts this attempt with, oldest first. */
    public List<String> memoryOf(String agent) {
        return memories.getOrDefault(agent, List.of());
    }

    /**
     * Reads what {@code dbFile} holds of the run planned as {@code plans}.
     *
     * @throws IllegalArgumentException when a stored match is not the planned one at its index, or an
     *                                  agent's stored matches are not the first of its schedule
     */
    public static StoredProgress read(Path dbFile, PopulationSpec population, List<MatchPlan> plans) {
        Map<Integer, MatchRecord> stored = new HashMap<>();
        for (MatchRecord m : PopulationReader.matches(dbFile, population)) {
            int i = m.plan().index();
            if (i < 0 || i >= plans.size() || !plans.get(i).matchId().equals(m.plan().matchId())) {
                throw new IllegalArgumentException("run.db holds match " + m.plan().matchId() + " at index " + i
                        + ", which the config does not plan there");
            }
            stored.put(i, m);
        }
        checkPrefixes(plans, stored.keySet());
        Set<String> sliders = new HashSet<>();
        try (RunStore store = RunStore.open(dbFile)) {
            for (String id : store.savedTrialIds()) {
                String agent = SliderSessions.agentOf(id);
                if (agent != null) {
                    sliders.add(agent);
                }
            }
        }
        Map<String, List<String>> memories = new LinkedHashMap<>();
        if (population.memoryWindow() > 0) {
            Map<String, Deque<String>> windows = new HashMap<>();
            for (MatchPlan p : plans) {
                MatchRecord m = stored.get(p.index());
                if (m == null) {
                    continue;
                }
                for (List<String> round : RememberedRounds.of(m, population.feedback())) {
                    for (int seat = 0; seat < round.size(); seat++) {
                        Deque<String> w = windows.computeIfAbsent(p.seats().get(seat), a -> new ArrayDeque<>());
                        w.addLast(round.get(seat));
                        while (w.size() > population.memoryWindow()) {
                            w.removeFirst();
                        }
                    }
                }
            }
            windows.forEach((agent, w) -> memories.put(agent, List.copyOf(w)));
        }
        return new StoredProgress(stored.keySet(), sliders, memories);
    }

    /** Refuses stored matches that are not, for every agent, the first of its schedule. */
    private static void checkPrefixes(List<MatchPlan> plans, Set<Integer> stored) {
        Map<String, String> firstMissing = new HashMap<>();
        for (MatchPlan p : plans) {
            for (String agent : p.seats()) {
                String missing = firstMissing.get(agent);
                if (stored.contains(p.index()) && missing != null) {
                    throw new IllegalArgumentException("run.db holds match " + p.matchId() + " of " + agent
                            + " but not its earlier match " + missing + "; the agent's memory cannot be rebuilt");
                }
                if (!stored.contains(p.index())) {
                    firstMissing.putIfAbsent(agent, p.matchId());
                }
            }
        }
    }
}
