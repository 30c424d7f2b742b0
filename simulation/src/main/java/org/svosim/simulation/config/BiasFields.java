package org.svosim.simulation.config;

import static org.svosim.simulation.config.ConfigField.choice;
import static org.svosim.simulation.config.ConfigField.choiceList;
import static org.svosim.simulation.config.ConfigField.integer;
import static org.svosim.simulation.config.ConfigField.of;

import java.util.List;

/** The fields of the {@code bias} section and of one of its sources (configs/README.md, "Bias probe"). */
final class BiasFields {
    static final List<String> CONDITION_NAMES = List.of("none", "untargeted", "targeted");
    static final List<String> SOURCE_TYPES = List.of("bbq", "crows_pairs", "generic");
    static final List<String> MODES = List.of("direct", "emulated");
    static final List<String> POLARITY_NAMES = List.of("neg", "nonneg");
    static final List<String> DIRECTION_NAMES = List.of("stereo", "antistereo");
    static final List<String> ANSWER_TYPE_NAMES = List.of("stereotyped", "non_stereotyped", "unknown");

    static final ConfigField JUDGES = of("judges", FieldType.BACKEND_NAMES,
            "Backends that judge every scenario, each once (default: every backend not used as an emulator)."
                    + " Judging is meant at temperature 0: set temperature: 0 on real judge backends.");
    static final ConfigField CONDITIONS = choiceList("conditions", CONDITION_NAMES,
            "System-prompt conditions to judge under: none, untargeted, targeted (default: all three).");
    static final ConfigField SOURCES = of("sources", FieldType.BIAS_SOURCES,
            "Scenario sources: {type: bbq|crows_pairs|generic, path: ..., ...}.").asRequired();
    static final ConfigField SAMPLE_PER_CATEGORY = integer("sample_per_category", Range.atLeast(1),
            "Items drawn per category with the run seed (default: every item).");
    static final ConfigField POLARITIES = choiceList("polarities", POLARITY_NAMES,
            "Keep only scenarios with these BBQ question polarities (default: no filter).");
    static final ConfigField DIRECTIONS = choiceList("directions", DIRECTION_NAMES,
            "Keep only scenarios with these stereotype directions (default: no filter).");
    static final ConfigField ANSWER_TYPES = choiceList("answer_types", ANSWER_TYPE_NAMES,
            "Keep only scenarios with these BBQ answer types (default: no filter).");
    static final ConfigField EXPLANATIONS = of("explanations", FieldType.BOOLEAN,
            "Whether every judge explains every gold-biased scenario and rates every judge's explanations.")
            .defaultsTo(false);
    static final FieldSet BIAS = FieldSet.of("the bias section", JUDGES, CONDITIONS, SOURCES, SAMPLE_PER_CATEGORY,
            POLARITIES, DIRECTIONS, ANSWER_TYPES, EXPLANATIONS);

    static final ConfigField TYPE = choice("type", SOURCE_TYPES,
            "The source format: bbq (published JSONL), crows_pairs (published CSV) or generic (JSONL/CSV).")
            .asRequired();
    static final ConfigField PATH = of("path", FieldType.NON_BLANK_TEXT,
            "File (or, for bbq, a folder of <Category>.jsonl files), relative to the config file's folder.")
            .asRequired();
    static final ConfigField CATEGORIES = of("categories", FieldType.TEXT_LIST,
            "Keep only these categories (BBQ category, CrowS-Pairs bias_type; default: all).");
    static final ConfigField MODE = choice("mode", MODES,
            "crows_pairs only: direct (the sentence is the scenario) or emulated (an LLM writes a scenario).")
            .defaultsTo("direct");
    static final ConfigField EMULATOR = of("emulator", FieldType.BACKEND_NAME,
            "crows_pairs with mode: emulated: the backend that writes the scenarios (required then).");
    static final ConfigField NAME = of("name", FieldType.NAME,
            "generic only: the source name in ids and tables (default: the file name without extension).");
    static final FieldSet SOURCE = FieldSet.of("a bias scenario source", TYPE, PATH, CATEGORIES, MODE, EMULATOR,
            NAME);

    private BiasFields() {
    }
}
