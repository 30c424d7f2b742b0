package org.svosim.simulation.config;

import static org.svosim.simulation.config.SchemaNodes.JSON;
import static org.svosim.simulation.config.SchemaNodes.ref;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON Schema definitions of {@code population}, its groups and its games (from {@link PopulationFields}). */
final class PopulationSchema {
    private PopulationSchema() {
    }

    /** Adds {@code population}, {@code populationGroup}, {@code game} and one {@code <type>Game} per game type. */
    static void addDefinitions(ObjectNode defs) {
        defs.set("population", SchemaNodes.object(PopulationFields.POPULATION, PopulationSchema::field));
        defs.set("populationGroup", SchemaNodes.object(PopulationFields.GROUP, PopulationSchema::field));
        defs.set("game", ConfigSchema.discriminated(PopulationFields.TYPE, PopulationFields.GAME_TYPES, "Game"));
        defs.set("populationSlider", SchemaNodes.object(PopulationSliderFields.SLIDER, PopulationSchema::field));
        defs.set("sliderProtocol", ConfigSchema.discriminated(ProtocolFields.TYPE, ProtocolFields.TYPES,
                "SliderProtocol"));
        for (String type : ProtocolFields.TYPES) {
            defs.set(type + "SliderProtocol", SchemaNodes.object(PopulationSliderFields.BY_TYPE.get(type),
                    SchemaNodes::scalar));
        }
        for (String type : PopulationFields.GAME_TYPES) {
            defs.set(type + "Game", SchemaNodes.object(PopulationFields.BY_TYPE.get(type), PopulationSchema::field));
        }
    }

    /** The field set behind each definition that lists fields (for the tests). */
    static Map<String, FieldSet> fieldSetsByDefinition() {
        Map<String, FieldSet> m = new LinkedHashMap<>();
        m.put("population", PopulationFields.POPULATION);
        m.put("populationGroup", PopulationFields.GROUP);
        m.put("populationSlider", PopulationSliderFields.SLIDER);
        ProtocolFields.TYPES.forEach(t -> m.put(t + "SliderProtocol", PopulationSliderFields.BY_TYPE.get(t)));
        PopulationFields.BY_TYPE.forEach((type, set) -> m.put(type + "Game", set));
        return m;
    }

    private static ObjectNode field(ConfigField f) {
        switch (f.type()) {
            case GROUPS:
                return list(1).set("items", ref("populationGroup"));
            case GAMES:
                return list(1).set("items", ref("game"));
            case GROUP_VALUE:
                return ref("value");
            case POPULATION_SLIDER:
                return ref("populationSlider");
            case SLIDER_PROTOCOL:
                return ref("sliderProtocol");
            case PAIRS:
                ObjectNode pair = list(2).put("maxItems", 2);
                pair.set("items", SchemaNodes.string(null));
                return list(1).set("items", pair);
            case LABELS:
                return list(2).set("items", SchemaNodes.string("\\S"));
            case OPTION_PAIRS:
                ObjectNode option = list(2).put("maxItems", 2);
                option.putObject("items").put("type", "number");
                return list(ValueFields.MIN_OPTIONS).put("maxItems", ValueFields.MAX_OPTIONS).set("items", option);
            case PAYOFF_ROWS:
                ObjectNode row = list(2);
                row.putObject("items").put("type", "number");
                return list(2).set("items", row);
            default:
                return SchemaNodes.scalar(f);
        }
    }

    private static ObjectNode list(int minItems) {
        return JSON.objectNode().put("type", "array").put("minItems", minItems);
    }
}
