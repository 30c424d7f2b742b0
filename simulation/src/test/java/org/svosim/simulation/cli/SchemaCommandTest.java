package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code svo-sim schema}: the config's JSON Schema for editors, and the copy committed next to the examples. */
class SchemaCommandTest {
    private static final Path CONFIGS = Path.of("..", "configs");
    private static final String REGENERATE =
            "configs/svo-sim.schema.json is out of date; regenerate it with: java -jar simulation/target/svo-sim.jar"
                    + " schema -o configs/svo-sim.schema.json";

    @TempDir
    Path dir;

    @Test
    void schemaPrintsJsonSchemaDraft2020AndExitsZero() throws IOException {
        CliRun r = CliRun.of("schema");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode schema = new ObjectMapper().readTree(r.out());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("required")).extracting(JsonNode::asText)
                .containsExactly("experiment", "backends");
        assertThat(schema.at("/allOf/1/then/required")).extracting(JsonNode::asText)
                .as("required without a bias or population section").containsExactly("repetitions", "values");
    }

    @Test
    void schemaOutputOptionWritesTheSameTextToAFile() throws IOException {
        Path file = dir.resolve("sub/svo-sim.schema.json");

        CliRun r = CliRun.of("schema", "--output", file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo(CliRun.of("schema").out());
    }

    @Test
    void committedSchemaNextToTheExamplesIsCurrent() throws IOException {
        String committed = Files.readString(CONFIGS.resolve("svo-sim.schema.json"));

        assertThat(committed).as(REGENERATE).isEqualTo(CliRun.of("schema").out());
    }

    @Test
    void everyExampleConfigPointsEditorsAtTheSchema() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(CONFIGS)) {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        assertThat(examples).isNotEmpty().allSatisfy(f -> assertThat(Files.readAllLines(f).get(0))
                .isEqualTo("# yaml-language-server: $schema=svo-sim.schema.json"));
    }
}
