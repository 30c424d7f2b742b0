package org.svosim.simulation.config;

import static org.svosim.simulation.config.SchemaNodes.JSON;
import static org.svosim.simulation.config.SchemaNodes.ref;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON Schema (draft 2020-12) of an experiment config, generated from the same field
 * declarations the loader checks ({@link TopLevelFields}, {@link BackendFields},
 * {@link ProtocolFields}, {@link ValueFields}), so editors flag what {@code validate} flags.
 * What a schema cannot say (a name must refer to a defined backend, labels must be unique,
 * duplicate keys) is checked by the loader only.
 */
public final class ConfigSchema {
    /** The JSON Schema dialect used. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private ConfigSchema() {
    }

    /** The schema; {@code templateNames} are the prompt templates a config may override. */
    public static ObjectNode generate(Collection<String> templateNames) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DIALECT);
        root.put("title", "svo-sim experiment config");
        root.put("description", "An svo-sim experiment (configs/README.md). 'svo-sim validate' applies the same"
                + " rules and also checks references to backends, unique names and duplicate keys.");
        root.setAll(SchemaNodes.object(TopLevelFields.ALL, f -> topLevel(f, templateNames)));
        root.putArray("allOf").add(customItemsRule()).add(sliderFieldsRule());
        ObjectNode defs = root.putObject("$defs");
        defs.set("backend", discriminated(BackendFields.PROVIDER, BackendFields.PROVIDERS, "Backend"));
        for (String provider : BackendFields.PROVIDERS) {
            defs.set(provider + "Backend", SchemaNodes.object(BackendFields.BY_PROVIDER.get(provider),
                    SchemaNodes::scalar));
        }
        defs.set("protocol", discriminated(ProtocolFields.TYPE, ProtocolFields.TYPES, "Protocol"));
        for (String type : ProtocolFields.TYPES) {
            defs.set(type + "Protocol", SchemaNodes.object(ProtocolFields.BY_TYPE.get(type), SchemaNodes::scalar));
        }
        ObjectNode value = defs.putObject("value");
        value.putArray("anyOf").add(SchemaNodes.choice(ValueFields.CATEGORIES)).add(ref("explicitValue"));
        defs.set("explicitValue", SchemaNodes.object(ValueFields.EXPLICIT, SchemaNodes::scalar));
        defs.set("customItem", SchemaNodes.object(ValueFields.CUSTOM_ITEM, ConfigSchema::itemField));
        BiasSchema.define(defs);
        PopulationSchema.addDefinitions(defs);
        return root;
    }

    /** The schema as indented JSON text ending with a newline. */
    public static String json(Collection<String> templateNames) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(generate(templateNames)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the config schema", e);
        }
    }

    private static ObjectNode topLevel(ConfigField f, Collection<String> templateNames) {
        switch (f.type()) {
            case BACKENDS:
                ObjectNode backends = JSON.objectNode().put("type", "object").put("minProperties", 1);
                backends.set("propertyNames", SchemaNodes.name());
                return backends.set("additionalProperties", ref("backend"));
            case BACKEND_NAMES:
                ObjectNode names = JSON.objectNode().put("type", "array").put("minItems", 1).put("uniqueItems", true);
                return names.set("items", SchemaNodes.string(null));
            case VALUES:
                return JSON.objectNode().put("type", "array").put("minItems", 1).set("items", ref("value"));
            case PROTOCOLS:
                return JSON.objectNode().put("type", "array").put("minItems", 1).set("items", ref("protocol"));
            case CUSTOM_ITEMS:
                ObjectNode items = JSON.objectNode().put("type", "array").put("minItems", 1);
                items.set("items", ref("customItem"));
                ObjectNode primary = items.putObject("contains");
                primary.putArray("required").add(ValueFields.KIND.name());
                primary.putObject("properties").set(ValueFields.KIND.name(),
                        SchemaNodes.string(SchemaNodes.anyCase(List.of("primary"))));
                return items;
            case BIAS:
                return ref("bias");
            case POPULATION:
                return ref("population");
            case TEMPLATES:
                ObjectNode templates = JSON.objectNode().put("type", "object").put("additionalProperties", false);
                ObjectNode properties = templates.putObject("properties");
                new TreeSet<>(templateNames).forEach(n -> properties.set(n, SchemaNodes.string(null)));
                return templates;
            default:
                return SchemaNodes.scalar(f);
        }
    }

    private static ObjectNode itemField(ConfigField f) {
        if (f.type() != FieldType.OPTION_PAIRS) {
            return SchemaNodes.scalar(f);
        }
        ObjectNode pair = JSON.objectNode().put("type", "array").put("minItems", 2).put("maxItems", 2);
        pair.putObject("items").put("type", "number");
        ObjectNode options = JSON.objectNode().put("type", "array").put("minItems", ValueFields.MIN_OPTIONS)
                .put("maxItems", ValueFields.MAX_OPTIONS);
        return options.set("items", pair);
    }

    /** A mapping whose {@code key} field selects which definition ({@code <word><suffix>}) applies. */
    static ObjectNode discriminated(ConfigField key, List<String> words, String suffix) {
        ObjectNode n = JSON.objectNode().put("type", "object");
        n.putArray("required").add(key.name());
        n.putObject("properties").set(key.name(), SchemaNodes.described(key, SchemaNodes.choice(words)));
        ArrayNode allOf = n.putArray("allOf");
        for (String word : words) {
            ObjectNode rule = allOf.addObject();
            ObjectNode condition = rule.putObject("if");
            condition.putArray("required").add(key.name());
            condition.putObject("properties").set(key.name(), SchemaNodes.string(SchemaNodes.anyCase(List.of(word))));
            rule.set("then", ref(word + suffix));
        }
        return n;
    }

    /** custom_items is required when items is custom, and must be left out (or empty) otherwise. */
    private static ObjectNode customItemsRule() {
        String items = TopLevelFields.ITEMS.name();
        String custom = TopLevelFields.CUSTOM_ITEMS.name();
        ObjectNode rule = JSON.objectNode();
        ObjectNode condition = rule.putObject("if");
        condition.putArray("required").add(items);
        condition.putObject("properties").set(items, SchemaNodes.string(SchemaNodes.anyCase(List.of("custom"))));
        ObjectNode then = rule.putObject("then");
        then.putArray("required").add(custom);
        then.putObject("properties").putObject(custom).put("type", "array");
        rule.putObject("else").putObject("properties").putObject(custom).put("type", "null");
        return rule;
    }

    /** repetitions and values are required unless the config has a population. */
    private static ObjectNode sliderFieldsRule() {
        ObjectNode rule = JSON.objectNode();
        // required unless the config is a bias probe or a population run
        ArrayNode either = rule.putObject("if").putObject("not").putArray("anyOf");
        either.addObject().putArray("required").add(TopLevelFields.BIAS.name());
        either.addObject().putArray("required").add(TopLevelFields.POPULATION.name());
        ArrayNode required = rule.putObject("then").putArray("required");
        TopLevelFields.REQUIRED_UNLESS_BIAS_OR_POPULATION.forEach(f -> required.add(f.name()));
        return rule;
    }

    /** The field set behind each definition of {@code $defs} that lists fields (for the tests). */
    static Map<String, FieldSet> fieldSetsByDefinition() {
        Map<String, FieldSet> sets = new java.util.LinkedHashMap<>(Map.of("simulatedBackend", BackendFields.SIMULATED,
                "openaiBackend", BackendFields.OPENAI, "ollamaBackend", BackendFields.OLLAMA,
                "anthropicBackend", BackendFields.ANTHROPIC, "hvaeProtocol", ProtocolFields.HVAE,
                "directProtocol", ProtocolFields.DIRECT, "explicitValue", ValueFields.EXPLICIT,
                "customItem", ValueFields.CUSTOM_ITEM, "bias", BiasFields.BIAS, "biasSource", BiasFields.SOURCE));
        sets.putAll(PopulationSchema.fieldSetsByDefinition());
        return sets;
    }
}
