package org.svosim.simulation.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Checks YAML config text against the generated config schema with an independent validator (test helper). */
final class SchemaValidation {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ConfigSchema.generate(ConfigFixtures.TEMPLATE_NAMES));

    private SchemaValidation() {
    }

    /** The schema's complaints about {@code yaml}; empty if it is valid. */
    static List<String> problems(String yaml) {
        try {
            JsonNode config = YAML.readTree(yaml);
            return SCHEMA.validate(config).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
