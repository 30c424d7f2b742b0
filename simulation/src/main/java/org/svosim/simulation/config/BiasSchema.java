package org.svosim.simulation.config;

import static org.svosim.simulation.config.SchemaNodes.JSON;
import static org.svosim.simulation.config.SchemaNodes.ref;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON Schema definitions of the {@code bias} section ({@link BiasFields}). */
final class BiasSchema {

    private BiasSchema() {
    }

    /** Adds {@code bias} and {@code biasSource} to {@code defs}. */
    static void define(ObjectNode defs) {
        defs.set("bias", SchemaNodes.object(BiasFields.BIAS, BiasSchema::field));
        defs.set("biasSource", SchemaNodes.object(BiasFields.SOURCE, BiasSchema::field));
    }

    private static ObjectNode field(ConfigField f) {
        switch (f.type()) {
            case CHOICE_LIST:
                return list(SchemaNodes.choice(f.choices()));
            case TEXT_LIST:
                return list(SchemaNodes.string("\\S"));
            case BACKEND_NAMES:
                return list(SchemaNodes.string(null));
            case BIAS_SOURCES:
                return JSON.objectNode().put("type", "array").put("minItems", 1).set("items", ref("biasSource"));
            default:
                return SchemaNodes.scalar(f);
        }
    }

    private static ObjectNode list(ObjectNode items) {
        ObjectNode n = JSON.objectNode().put("type", "array").put("minItems", 1).put("uniqueItems", true);
        return n.set("items", items);
    }
}
