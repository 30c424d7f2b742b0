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
    /** The variant used when a config lists no protocols. */
    static final ProtocolSpec DEFAULT = new ProtocolSpec.Hvae("hvae-goal", true, 1, null, ItemOrder.published());

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
                element.get(ProtocolFields.NAME.name()).problem("protocol name '" + spec.name() + "' is used twice (also at " + first
                        + "); protocol names must be unique");
            }
            protocols.add(spec);
        }
        return protocols;
    }

    private static ProtocolSpec readOne(ConfigNode p, Set<String> backendNames) {
        return readVariant(p, backendNames, ProtocolFields.BY_TYPE, null);
    }

    /**
     * One protocol variant checked against {@code fieldSets} (by type).
     *
     * @param defaultPrefix null when the name is required; else the name defaults to this prefix and the type
     */
    static ProtocolSpec readVariant(ConfigNode p, Set<String> backendNames, Map<String, FieldSet> fieldSets,
                                    String defaultPrefix) {
        if (!p.expectObject("a protocol variant {name: ..., type: hvae|direct, ...}")) {
            if (!p.isPresent()) {
                p.problem("expected a protocol variant {name: ..., type: hvae|direct, ...}, got no value");
            }
            return null;
        }
        ConfigNode nameNode = p.get(ProtocolFields.NAME.name());
        String name = defaultPrefix == null
                ? p.require(ProtocolFields.NAME.name(), "a unique name for this variant").name("protocol name")
                : nameNode.isPresent() ? nameNode.name("protocol name") : null;
        String type = p.require(ProtocolFields.TYPE.name(), "hvae or direct")
                .oneOf("protocol type", ProtocolFields.TYPES);
        if (defaultPrefix != null && !nameNode.isPresent() && type != null) {
            name = defaultPrefix + type;
        }
        if (type == null) {
            return null;
        }
        int maxReasks = FieldReads.smallInteger(p, ProtocolFields.MAX_REASKS);
        ItemOrder order = new ItemOrder(FieldReads.bool(p, ProtocolFields.SHUFFLE_ITEMS),
                FieldReads.bool(p, ProtocolFields.SHUFFLE_OPTIONS));
        p.allowOnly(fieldSets.get(type));
        if (type.equals("hvae")) {
            boolean goal = FieldReads.bool(p, ProtocolFields.GOAL_PROMPT);
            String extractor = backendReference(p.get(ProtocolFields.EXTRACTOR.name()), backendNames);
            return name == null ? null : new ProtocolSpec.Hvae(name, goal, maxReasks, extractor, order);
        }
        String format = FieldReads.choice(p, ProtocolFields.ANSWER_FORMAT, "answer_format");
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
