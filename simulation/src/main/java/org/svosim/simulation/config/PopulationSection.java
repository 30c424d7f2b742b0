package org.svosim.simulation.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.config.PopulationSpec.GroupSpec;
import org.svosim.simulation.config.PopulationSpec.Pairing;

/** Reads {@code population}: groups, games ({@link GameSection}), pairing, memory and move timeout. */
final class PopulationSection {
    private static final String PAIR = "a pair [agent, agent] of names <group>-<k>";

    private PopulationSection() {
    }

    /** The population, or null when the section is absent or has problems (reported on the nodes). */
    static PopulationSpec read(ConfigNode section, Set<String> backendNames) {
        if (!section.expectObject("a population {groups: [...], games: [...], pairing: ...}")) {
            return null;
        }
        section.allowOnly(PopulationFields.POPULATION);
        List<GroupSpec> groups = groups(section.require(PopulationFields.GROUPS.name(),
                "a list of groups {name, count, backend, value}"), backendNames);
        List<PopulationSpec.GameSpec> games = GameSection.read(section.require(PopulationFields.GAMES.name(),
                "a list of games {type: dictator|ultimatum|..., ...}"));
        String pairingWord = FieldReads.choice(section, PopulationFields.PAIRING, "pairing");
        Pairing pairing = pairingWord == null ? Pairing.ROUND_ROBIN : Pairing.valueOf(pairingWord.toUpperCase(java.util.Locale.ROOT));
        int memory = FieldReads.smallInteger(section, PopulationFields.MEMORY_WINDOW);
        double timeout = FieldReads.number(section, PopulationFields.MOVE_TIMEOUT);
        Set<String> agents = groups == null ? Set.of()
                : new HashSet<>(new PopulationSpec(groups, List.of(), pairing, List.of(), 0, 1).agentNames());
        List<List<String>> pairs = pairs(section.get(PopulationFields.PAIRS.name()), pairing, agents);
        PopulationSpec.SliderPlan slider = PopulationSliderSection.read(section.get(PopulationFields.SLIDER.name()),
                backendNames);
        FeedbackSpec feedback = PopulationSliderSection.feedback(section.get(PopulationFields.FEEDBACK.name()));
        if (groups == null || games == null || slider == null || feedback == null) {
            return null;
        }
        if (pairing == Pairing.FIXED && pairs.isEmpty()) {
            return null;
        }
        int size = agents.size();
        if (pairing != Pairing.FIXED && size < 2) {
            section.get(PopulationFields.GROUPS.name()).problem("a population needs at least 2 agents, got " + size);
        }
        for (int i = 0; i < games.size(); i++) {
            int players = games.get(i).game().players();
            if (players > size) {
                section.get(PopulationFields.GAMES.name()).problem("game '" + games.get(i).label() + "' needs "
                        + players + " players but the population has only " + size + " agents");
            }
        }
        return new PopulationSpec(groups, games, pairing, pairs, memory, timeout, slider, feedback);
    }

    private static List<GroupSpec> groups(ConfigNode node, Set<String> backendNames) {
        List<ConfigNode> elements = node.elements("a list of groups {name, count, backend, value}");
        if (node.isArray() && elements.isEmpty()) {
            node.problem("must list at least one group");
        }
        List<GroupSpec> groups = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        boolean complete = true;
        for (ConfigNode g : elements) {
            if (!g.expectObject("a group {name, count, backend, value}")) {
                complete = false;
                continue;
            }
            g.allowOnly(PopulationFields.GROUP);
            String name = g.require(PopulationFields.GROUP_NAME.name(), "a group name such as altruists")
                    .name("group name");
            int count = FieldReads.smallInteger(g, PopulationFields.COUNT);
            String backend = ProtocolSection.backendReference(g.require(PopulationFields.BACKEND.name(),
                    "the name of a backend"), backendNames);
            ConfigNode valueNode = g.require(PopulationFields.VALUE.name(), "a category name or {angle: DEGREES}");
            TargetValue value = valueNode.isPresent() ? ValueSection.readOne(valueNode) : null;
            if (name != null) {
                String first = seen.putIfAbsent(name, g.path().display());
                if (first != null) {
                    g.get(PopulationFields.GROUP_NAME.name()).problem("group name '" + name
                            + "' is used twice (also at " + first + "); group names must be unique");
                }
            }
            if (name == null || backend == null || value == null) {
                complete = false;
                continue;
            }
            groups.add(new GroupSpec(name, count, backend, value));
        }
        return complete ? groups : null;
    }

    private static List<List<String>> pairs(ConfigNode node, Pairing pairing, Set<String> agents) {
        List<List<String>> pairs = new ArrayList<>();
        if (pairing != Pairing.FIXED) {
            if (node.isPresent()) {
                node.problem("is only used with pairing: fixed (pairing is " + pairing.name().toLowerCase() + ")");
            }
            return pairs;
        }
        if (!node.isPresent()) {
            node.problem("is required with pairing: fixed (expected a list of " + PAIR + ")");
            return pairs;
        }
        for (ConfigNode p : node.elements("a list of " + PAIR)) {
            List<ConfigNode> names = p.elements(PAIR);
            if (names.size() != 2) {
                p.problem("expected " + PAIR + ", got " + p.describe());
                continue;
            }
            String a = names.get(0).text("an agent name");
            String b = names.get(1).text("an agent name");
            for (int i = 0; i < 2; i++) {
                String n = i == 0 ? a : b;
                if (n != null && !agents.contains(n)) {
                    names.get(i).problem(ProblemText.unknown("agent", n, agents) + " (agents are <group>-<k>)");
                }
            }
            if (a != null && a.equals(b)) {
                p.problem("an agent cannot play against itself ('" + a + "')");
            } else if (agents.contains(a) && agents.contains(b)) {
                pairs.add(List.of(a, b));
            }
        }
        return pairs;
    }
}
