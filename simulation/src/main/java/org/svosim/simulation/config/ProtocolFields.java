package org.svosim.simulation.config;

import static org.svosim.simulation.config.ConfigField.choice;
import static org.svosim.simulation.config.ConfigField.integer;
import static org.svosim.simulation.config.ConfigField.of;

import java.util.List;
import java.util.Map;

/** The fields of one entry of {@code protocols}, per type (configs/README.md, "Protocols"). */
final class ProtocolFields {
    static final List<String> TYPES = List.of("hvae", "direct");
    static final List<String> ANSWER_FORMATS = List.of("letter", "json");
    static final int MAX_REASKS_LIMIT = 5;

    static final ConfigField NAME = of("name", FieldType.NAME,
            "Unique name of the variant (part of trial ids).").asRequired();
    static final ConfigField TYPE = choice("type", TYPES,
            "hvae (the multi-turn dialogue of Zhang et al.) or direct (one system prompt, one request per item)."
    ).asRequired();
    static final ConfigField MAX_REASKS = integer("max_reasks", Range.between(0, MAX_REASKS_LIMIT),
            "How often an unclear reply is asked again.").defaultsTo(1L);
    static final ConfigField SHUFFLE_ITEMS = of("shuffle_items", FieldType.BOOLEAN,
            "Ask items in an order drawn from the trial seed.").defaultsTo(false);
    static final ConfigField SHUFFLE_OPTIONS = of("shuffle_options", FieldType.BOOLEAN,
            "List each item's options in an order drawn from the trial seed.").defaultsTo(false);
    static final ConfigField GOAL_PROMPT = of("goal_prompt", FieldType.BOOLEAN,
            "The model states its goal before the items; the goal is quoted in every question.").defaultsTo(true);
    static final ConfigField EXTRACTOR = of("extractor", FieldType.BACKEND_NAME,
            "A backend name: maps replies that stay unclear after re-asking to a letter.");
    static final ConfigField ANSWER_FORMAT = choice("answer_format", ANSWER_FORMATS,
            "letter (a single letter) or json ({\"choice\": \"C\"}).").defaultsTo("letter");

    static final FieldSet HVAE = FieldSet.of("an hvae protocol", NAME, TYPE, GOAL_PROMPT, MAX_REASKS, EXTRACTOR,
            SHUFFLE_ITEMS, SHUFFLE_OPTIONS);
    static final FieldSet DIRECT = FieldSet.of("a direct protocol", NAME, TYPE, ANSWER_FORMAT, MAX_REASKS,
            SHUFFLE_ITEMS, SHUFFLE_OPTIONS);

    /** The field set of each type. */
    static final Map<String, FieldSet> BY_TYPE = Map.of("hvae", HVAE, "direct", DIRECT);

    private ProtocolFields() {
    }
}
