package org.svosim.simulation.config;

import java.util.ArrayList;
import java.util.List;
import org.svosim.agents.protocol.AnswerFormat;
import org.svosim.agents.protocol.ItemOrder;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.play.Game;
import org.svosim.games.value.TargetValue;

/**
 * The {@code population} section of a config: who plays (groups of agents), what they play, who
 * meets whom, how much each agent remembers and how long a referee waits for a move.
 *
 * @param groups             at least one group, names unique
 * @param games              the games each pairing plays, in order
 * @param pairing            who meets whom
 * @param fixedPairs         the pairs of agent names when {@code pairing} is FIXED, else empty
 * @param memoryWindow       rounds an agent remembers (0: none)
 * @param moveTimeoutSeconds how long a referee waits for one move
 * @param slider             whether and how each agent also takes the SVO slider measure
 * @param feedback           what each agent is told after a round
 */
public record PopulationSpec(List<GroupSpec> groups, List<GameSpec> games, Pairing pairing,
                             List<List<String>> fixedPairs, int memoryWindow, double moveTimeoutSeconds,
                             SliderPlan slider, FeedbackSpec feedback) {
    /** The slider measure used when a population names none: direct, letters, one re-ask, published order. */
    public static final SliderPlan DEFAULT_SLIDER = new SliderPlan(
            new ProtocolSpec.Direct("slider-direct", AnswerFormat.LETTER, 1, ItemOrder.published()), SliderTiming.BEFORE);

    public PopulationSpec {
        groups = List.copyOf(groups);
        games = List.copyOf(games);
        fixedPairs = fixedPairs.stream().map(List::copyOf).toList();
    }

    /** A population with the default slider plan and the default ({@code full}) feedback. */
    public PopulationSpec(List<GroupSpec> groups, List<GameSpec> games, Pairing pairing,
                          List<List<String>> fixedPairs, int memoryWindow, double moveTimeoutSeconds) {
        this(groups, games, pairing, fixedPairs, memoryWindow, moveTimeoutSeconds, DEFAULT_SLIDER,
                FeedbackSpec.DEFAULT);
    }

    /** When each agent takes the slider measure relative to its matches. */
    public enum SliderTiming {
        /** Before its first match. */
        BEFORE,
        /** After its last match. */
        AFTER,
        /** Never: no slider measure. */
        NONE
    }

    /**
     * Whether and how each agent takes the SVO slider measure (the six primary items), asked with
     * the same interview machinery as a slider experiment, in a fresh dialogue.
     *
     * @param protocol the protocol variant (its name names the trials in run.db)
     * @param when     before or after the agent's matches, or none
     */
    public record SliderPlan(ProtocolSpec protocol, SliderTiming when) {
        public boolean enabled() {
            return when != SliderTiming.NONE;
        }
    }

    /** The schemes that decide who meets whom. */
    public enum Pairing {
        /** Every pair of agents once (n-player games: consecutive groups in agent order). */
        ROUND_ROBIN,
        /** A random perfect matching drawn from the run seed (n-player games: random groups). */
        RANDOM,
        /** Agent i with agent i + 1, the last with the first (n-player games: consecutive groups). */
        RING,
        /** The pairs given in the config. */
        FIXED
    }

    /**
     * One group of the population.
     *
     * @param name    group name; its agents are {@code <name>-1 .. <name>-<count>}
     * @param count   number of agents, at least 1
     * @param backend the backend its agents ask
     * @param value   the value induced in its agents
     */
    public record GroupSpec(String name, int count, String backend, TargetValue value) {
    }

    /**
     * One game of the population's schedule.
     *
     * @param label name of the game in tables, unique in the schedule
     * @param game  the game's rules and parameters
     */
    public record GameSpec(String label, Game game) {
    }

    /** Names of all agents, group by group: {@code <group>-1 ..}. */
    public List<String> agentNames() {
        List<String> names = new ArrayList<>();
        for (GroupSpec g : groups) {
            for (int k = 1; k <= g.count(); k++) {
                names.add(g.name() + "-" + k);
            }
        }
        return names;
    }

    /** Backends the run opens: the groups' backends, then the slider protocol's extractor if it has one. */
    public List<String> openedBackends() {
        List<String> out = new ArrayList<>(backends());
        if (slider.enabled() && slider.protocol() instanceof ProtocolSpec.Hvae h && h.usesExtractor()
                && !out.contains(h.extractor())) {
            out.add(h.extractor());
        }
        return out;
    }

    /** Distinct backends of the groups, in group order. */
    public List<String> backends() {
        return groups.stream().map(GroupSpec::backend).distinct().toList();
    }
}
