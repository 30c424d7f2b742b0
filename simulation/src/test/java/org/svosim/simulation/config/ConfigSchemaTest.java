package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated JSON Schema: valid, complete, and accepting every example config. */
class ConfigSchemaTest {
    private static final Pattern FIELD_LITERAL = Pattern.compile("\\.(?:get|require)\\(\"([A-Za-z_.]+)\"");

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(ConfigSchema.json(ConfigFixtures.TEMPLATE_NAMES));
    }

    @Test
    void schemaIsJsonDeclaringDraft2020Dialect() throws IOException {
        JsonNode schema = schema();

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.svosim.simulation.config.ExampleConfigsTest#exampleConfigs")
    void exampleConfigValidatesAgainstTheSchema(Path file) throws IOException {
        assertThat(SchemaValidation.problems(Files.readString(file))).as(file.toString()).isEmpty();
    }

    @Test
    void configUsingEveryFieldValidatesAgainstTheSchema() {
        assertThat(SchemaValidation.problems(FullConfigTest.FULL)).isEmpty();
    }

    @Test
    void everyDeclaredTopLevelFieldIsASchemaPropertyWithItsRequiredFlag() throws IOException {
        JsonNode schema = schema();

        assertSetInSchema(TopLevelFields.ALL, schema);
    }

    @Test
    void everyDeclaredSectionFieldIsAPropertyOfItsDefinition() throws IOException {
        JsonNode defs = schema().path("$defs");

        for (Map.Entry<String, FieldSet> e : ConfigSchema.fieldSetsByDefinition().entrySet()) {
            assertThat(defs.has(e.getKey())).as("definition %s", e.getKey()).isTrue();
            assertSetInSchema(e.getValue(), defs.path(e.getKey()));
        }
    }

    @Test
    void everyFieldNameTheReadersSpellOutIsDeclared() throws IOException {
        List<String> declared = new ArrayList<>(TopLevelFields.ALL.names());
        ConfigSchema.fieldSetsByDefinition().values().forEach(s -> declared.addAll(s.names()));
        List<String> literals = new ArrayList<>();
        try (Stream<Path> sources = Files.list(mainSources())) {
            for (Path source : sources.filter(p -> p.toString().endsWith("Section.java")
                    || p.toString().endsWith("ConfigLoader.java")).toList()) {
                Matcher m = FIELD_LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    literals.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(literals).allSatisfy(l -> assertThat(declared).contains(l.substring(l.indexOf(": ") + 2)));
    }

    @Test
    void everyDeclaredFieldIsDocumentedInTheConfigsReadme() throws IOException {
        String readme = Files.readString(ExampleConfigsTest.configsFolder().resolve("README.md"));
        List<ConfigField> fields = new ArrayList<>(TopLevelFields.ALL.fields());
        ConfigSchema.fieldSetsByDefinition().values().forEach(s -> fields.addAll(s.fields()));

        assertThat(fields).allSatisfy(f -> assertThat(readme).as("configs/README.md documents %s", f.name())
                .contains("`" + f.name() + "`"));
    }

    @Test
    void templateOverridesOfferEveryTemplateName() throws IOException {
        JsonNode templates = schema().path("properties").path("templates");

        List<String> names = new ArrayList<>();
        templates.path("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrderElementsOf(ConfigFixtures.TEMPLATE_NAMES);
        assertThat(templates.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void anthropicTemperatureRangeIsNarrowerThanOpenAis() throws IOException {
        JsonNode defs = schema().path("$defs");

        assertThat(defs.at("/anthropicBackend/properties/temperature/maximum").asDouble()).isEqualTo(1.0);
        assertThat(defs.at("/openaiBackend/properties/temperature/maximum").asDouble()).isEqualTo(2.0);
        assertThat(defs.at("/anthropicBackend/properties").has("seed")).isFalse();
    }

    private static void assertSetInSchema(FieldSet set, JsonNode object) {
        JsonNode properties = object.path("properties");
        List<String> required = new ArrayList<>();
        object.path("required").forEach(n -> required.add(n.asText()));
        for (ConfigField f : set.fields()) {
            assertThat(properties.has(f.name())).as("%s: field %s", set.owner(), f.name()).isTrue();
            assertThat(properties.path(f.name()).path("description").asText()).isEqualTo(f.description());
        }
        assertThat(properties.size()).as(set.owner()).isEqualTo(set.fields().size());
        assertThat(required).containsExactlyInAnyOrderElementsOf(set.requiredNames());
    }

    private static Path mainSources() {
        Path dir = ExampleConfigsTest.configsFolder().getParent()
                .resolve("simulation/src/main/java/org/svosim/simulation/config");
        assertThat(dir).isDirectory();
        return dir;
    }
}
