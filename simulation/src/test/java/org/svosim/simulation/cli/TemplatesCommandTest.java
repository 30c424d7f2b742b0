package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.prompt.PromptTemplates;

/** The printed templates are the defaults, and a config can use the output as its templates_file. */
class TemplatesCommandTest {

    @TempDir
    Path dir;

    @Test
    void printedYamlRoundTripsToTheDefaultTexts() throws IOException {
        CliRun r = CliRun.of("templates");
        assertThat(r.exitCode()).isZero();
        Map<String, String> parsed = new YAMLMapper().readValue(r.out(), new TypeReference<Map<String, String>>() { });
        PromptTemplates defaults = PromptTemplates.defaults();
        assertThat(parsed.keySet()).containsExactlyElementsOf(defaults.names());
        parsed.forEach((name, text) -> assertThat(text).as(name).isEqualTo(defaults.text(name)));
    }

    @Test
    void printedTemplatesAreAcceptedAsATemplatesFile() throws IOException {
        Files.writeString(dir.resolve("prompts.yaml"), CliRun.of("templates", "hvae.task").out());
        Files.writeString(dir.resolve("c.yaml"), String.join("\n", "experiment: t", "repetitions: 1",
                "backends: {sim: {provider: simulated}}", "values: [prosocial]", "templates_file: prompts.yaml", ""));
        CliRun r = CliRun.of("validate", dir.resolve("c.yaml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void unknownTemplateNameExitsTwo() {
        CliRun r = CliRun.of("templates", "hvae.nonsense");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("hvae.induction");
    }
}
