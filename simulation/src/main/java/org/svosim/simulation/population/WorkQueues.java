package org.svosim.simulation.population;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.svosim.simulation.config.PopulationSpec.SliderPlan;
import org.svosim.simulation.config.PopulationSpec.SliderTiming;

/**
 * The {@link PopulationRunner}'s bookkeeping of who plays what next: each agent's queue of work
 * (its matches in schedule order and, with a slider plan, its slider interview first or last),
 * which agents are busy, and the candidates to start. An agent's next work becomes a candidate
 * when the agent is free, so finding what can start costs time in the candidates, not in the
 * whole schedule. Stored work of an earlier attempt is left out.
 */
final class WorkQueues {
    /** Marks an agent's slider interview in its queue. */
    private static final int SLIDER = -1;

    private final List<Member> members;
    private final List<MatchPlan> plans;
    private final Map<String, Deque<Integer>> queues = new HashMap<>();
    private final Map<String, Integer> memberIndex = new HashMap<>();
    private final Set<String> busy = new HashSet<>();
    private final TreeSet<Integer> matchCandidates = new TreeSet<>();
    private final TreeSet<Integer> sliderCandidates = new TreeSet<>();
    private int remaining;

    WorkQueues(List<Member> members, List<MatchPlan> plans, SliderPlan slider, StoredProgress stored) {
        this.members = members;
        this.plans = plans;
        for (int k = 0; k < members.size(); k++) {
            memberIndex.put(members.get(k).name(), k);
            queues.put(members.get(k).name(), new ArrayDeque<>());
        }
        for (MatchPlan p : plans) {
            if (!stored.matches().contains(p.index())) {
                p.seats().forEach(s -> queues.get(s).addLast(p.index()));
                remaining++;
            }
        }
        if (slider.enabled()) {
            for (Member m : members) {
                if (!stored.sliders().contains(m.name())) {
                    remaining++;
                    if (slider.when() == SliderTiming.BEFORE) {
                        queues.get(m.name()).addFirst(SLIDER);
                    } else {
                        queues.get(m.name()).addLast(SLIDER);
                    }
                }
            }
        }
        members.forEach(m -> offer(m.name()));
    }

    /** Matches and interviews not finished yet. */
    int remaining() {
        return remaining;
    }

    /** The index of the next member whose slider interview can start now (marked busy), or -1. */
    int startSlider() {
        while (!sliderCandidates.isEmpty()) {
            int k = sliderCandidates.pollFirst();
            String agent = members.get(k).name();
            Integer next = queues.get(agent).peekFirst();
            if (next != null && next == SLIDER && !busy.contains(agent)) {
                busy.add(agent);
                return k;
            }
        }
        return -1;
    }

    /**
     * The next match, in schedule order, that is every one of its agents' next work and whose
     * agents are free (marked busy), or null. A candidate that is not ready is dropped: it becomes
     * a candidate again when its last blocking agent is free.
     */
    MatchPlan startMatch() {
        while (!matchCandidates.isEmpty()) {
            MatchPlan p = plans.get(matchCandidates.pollFirst());
            if (ready(p)) {
                busy.addAll(p.seats());
                return p;
            }
        }
        return null;
    }

    /** {@code agent}'s current work is done: it is free for its next. */
    void done(String agent) {
        queues.get(agent).removeFirst();
        busy.remove(agent);
        offer(agent);
    }

    /** One match or interview finished. */
    void countFinished() {
        remaining--;
    }

    private void offer(String agent) {
        Integer next = queues.get(agent).peekFirst();
        if (next == null) {
            return;
        }
        if (next == SLIDER) {
            sliderCandidates.add(memberIndex.get(agent));
        } else {
            matchCandidates.add(next);
        }
    }

    private boolean ready(MatchPlan p) {
        for (String s : p.seats()) {
            Integer next = queues.get(s).peekFirst();
            if (busy.contains(s) || next == null || next != p.index()) {
                return false;
            }
        }
        return true;
    }
}
