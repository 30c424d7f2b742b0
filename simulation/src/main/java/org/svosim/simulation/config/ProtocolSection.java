package org.svosim.simulation.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svosim.agents.protocol.AnswerFormat;
import org.svosim.agents.protocol.ItemOrder;
import org.svosim.agents.protocol.ProtocolSpec;

/** Reads {@code protocols}: the prompt protocol variants, or the default HVAE variant if absent. */
final class ProtocolSection {
    static final List<String> TYPES = List.of("hvae", "direct");
    static final List<String> ANSWER_FORMATS = List.of("letter", "json");
    static final int MAX_REASKS = 5;

    /** The variant used when a config lists no protocols. */
    static final ProtocolSpec DEFAULT = new ProtocolSpec.Hvae("hvae-goal", true, 1, null, ItemOrder.published());

    private static final List<String> HVAE_FIELDS = List.of("name", "type", "goal_prompt", "max_reasks",
            "extractor", "shuffle_items", "shuffle_options");
    private static final List<String> DIRECT_FIELDS = List.of("name", "type", "answer_format", "max_reasks",
            "shuffle_items", "shuffle_options");

    private ProtocolSection() {
    }

    static List<ProtocolSpec> read(ConfigNode section, Set<String> backendNames) {
        List<ProtocolSpec> protocols = new ArrayList<>();
        if (!section.isPresent()) {
            protocols.add(DEFAULT);
            return protocols;
        }
        List<ConfigNode> elements = section.elements("a list of protocol variants");
        if (section.isArray() && elements.isEmpty()) {
            section.problem("must list at least one protocol variant, or be left out for the default");
        }
        Map<String, String> seen = new HashMap<>();
        for (ConfigNode element : elements) {
            ProtocolSpec spec = readOne(element, backendNames);
            if (spec == null) {
                continue;
            }
            String first = seen.putIfAbsent(spec.name(), element.path().display());
            if (first != null) {
                element.get("name").problem("protocol name '" + spec.name() + "' is used twice (also at " + first
                        + "); protocol names must be unique");
            }
            protocols.add(spec);
        }
        return protocols;
    }

    private static ProtocolSpec readOne(ConfigNode p, Set<String> backendNames) {
        if (!p.expectObject("a protocol variant {name: ..., type: hvae|direct, ...}")) {
            if (!p.isPresent()) {
                p.problem("expected a protocol variant {name: ..., type: hvae|direct, ...}, got no value");
            }
            return null;
        }
        String name = p.require("name", "a unique name for this variant").name("protocol name");
        String type = p.require("type", "hvae or direct").oneOf("protocol type", TYPES);
        if (type == null) {
            return null;
        }
        int maxReasks = ConfigNode.orDefault(p.get("max_reasks").smallInteger(Range.between(0, MAX_REASKS)), 1);
        ItemOrder order = new ItemOrder(ConfigNode.orDefault(p.get("shuffle_items").bool(), false),
                ConfigNode.orDefault(p.get("shuffle_options").bool(), false));
        if (type.equals("hvae")) {
            p.allowOnly(HVAE_FIELDS, "an hvae protocol");
            boolean goal = ConfigNode.orDefault(p.get("goal_prompt").bool(), true);
            String extractor = backendReference(p.get("extractor"), backendNames);
            return name == null ? null : new ProtocolSpec.Hvae(name, goal, maxReasks, extractor, order);
        }
        p.allowOnly(DIRECT_FIELDS, "a direct protocol");
        String format = ConfigNode.orDefault(p.get("answer_format").oneOf("answer_format", ANSWER_FORMATS), "letter");
        AnswerFormat answerFormat = format.equals("json") ? AnswerFormat.JSON : AnswerFormat.LETTER;
        return name == null ? null : new ProtocolSpec.Direct(name, answerFormat, maxReasks, order);
    }

    /** The name of a backend defined under {@code backends}, or null (reported if unknown). */
    static String backendReference(ConfigNode field, Set<String> backendNames) {
        String name = field.text("the name of a backend");
        if (name != null && !backendNames.contains(name)) {
            field.problem(ProblemText.unknown("backend", name, backendNames) + " (the names under backends)");
            return null;
        }
        return name;
    }
}
