package org.svosim.simulation.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** Building blocks of the config's JSON Schema: one declared field or field set as a schema node. */
final class SchemaNodes {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REGEX_SPECIAL = "\\^$.|?*+()[]{}-/";

    private SchemaNodes() {
    }

    static ObjectNode ref(String def) {
        return JSON.objectNode().put("$ref", "#/$defs/" + def);
    }

    /** A name usable as a folder name and in trial ids. */
    static ObjectNode name() {
        return string("^" + ConfigNode.NAME.pattern() + "$");
    }

    static ObjectNode string(String pattern) {
        ObjectNode n = JSON.objectNode().put("type", "string");
        return pattern == null ? n : n.put("pattern", pattern);
    }

    /**
     * A mapping holding only the set's fields: {@code properties}, {@code required} and no other
     * field. {@code schemaOf} gives each field's value schema (see {@link #scalar}).
     */
    static ObjectNode object(FieldSet set, Function<ConfigField, ObjectNode> schemaOf) {
        ObjectNode o = JSON.objectNode().put("type", "object");
        ObjectNode properties = o.putObject("properties");
        for (ConfigField f : set.fields()) {
            properties.set(f.name(), described(f, schemaOf.apply(f)));
        }
        ArrayNode required = JSON.arrayNode();
        set.requiredNames().forEach(required::add);
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        return o.put("additionalProperties", false);
    }

    /** The value schema of a scalar field: type, range, choices, pattern. */
    static ObjectNode scalar(ConfigField f) {
        switch (f.type()) {
            case TEXT:
            case BACKEND_NAME:
                return string(null);
            case NON_BLANK_TEXT:
                return string("\\S");
            case NAME:
                return name();
            case URL:
                return string("^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+");
            case ENV_NAME:
                return string("^" + BackendSection.ENV_NAME.pattern() + "$");
            case BOOLEAN:
                return JSON.objectNode().put("type", "boolean");
            case CHOICE:
                return choice(f.choices());
            case NUMBER:
                return ranged(JSON.objectNode().put("type", "number"), f.range());
            case INTEGER:
                return ranged(JSON.objectNode().put("type", "integer"), f.range());
            default:
                throw new IllegalArgumentException(f.name() + " of type " + f.type() + " is not a scalar");
        }
    }

    /**
     * One of {@code words}, ignoring case and surrounding spaces as the readers do: an enum (which
     * editors offer for completion) or the same words matched case-insensitively.
     */
    static ObjectNode choice(List<String> words) {
        ObjectNode n = JSON.objectNode();
        ArrayNode anyOf = n.putArray("anyOf");
        ArrayNode values = anyOf.addObject().putArray("enum");
        words.forEach(values::add);
        anyOf.add(string(anyCase(words)));
        return n;
    }

    /** A regular expression matching any of the words in any case, with optional surrounding spaces. */
    static String anyCase(List<String> words) {
        StringBuilder b = new StringBuilder("^\\s*(?:");
        for (int i = 0; i < words.size(); i++) {
            b.append(i == 0 ? "" : "|");
            for (char c : words.get(i).toCharArray()) {
                char lower = Character.toLowerCase(c);
                char upper = Character.toUpperCase(c);
                if (lower != upper) {
                    b.append('[').append(upper).append(lower).append(']');
                } else {
                    b.append(REGEX_SPECIAL.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
                }
            }
        }
        return b.append(")\\s*$").toString();
    }

    /** The field's schema with its description and default; an optional field may also be null (= left out). */
    static ObjectNode described(ConfigField f, ObjectNode schema) {
        if (!f.required()) {
            if (schema.has("type") && schema.get("type").isTextual()) {
                schema.set("type", JSON.arrayNode().add(schema.get("type").asText()).add("null"));
            } else if (schema.has("anyOf")) {
                ((ArrayNode) schema.get("anyOf")).addObject().put("type", "null");
            } else {
                ObjectNode wrapped = JSON.objectNode();
                wrapped.putArray("anyOf").add(schema).addObject().put("type", "null");
                schema = wrapped;
            }
        }
        schema.put("description", f.description());
        Object d = f.defaultValue();
        if (d instanceof Boolean) {
            schema.put("default", (Boolean) d);
        } else if (d instanceof Long || d instanceof Integer) {
            schema.put("default", ((Number) d).longValue());
        } else if (d instanceof Number) {
            schema.put("default", ((Number) d).doubleValue());
        } else if (d != null) {
            schema.put("default", d.toString());
        }
        return schema;
    }

    private static ObjectNode ranged(ObjectNode n, Range r) {
        if (r.min() != Double.NEGATIVE_INFINITY) {
            number(n, r.minInclusive() ? "minimum" : "exclusiveMinimum", r.min());
        }
        if (r.max() != Double.POSITIVE_INFINITY) {
            number(n, r.maxInclusive() ? "maximum" : "exclusiveMaximum", r.max());
        }
        return n;
    }

    private static void number(ObjectNode n, String key, double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            n.put(key, (long) x);
        } else {
            n.put(key, x);
        }
    }
}
