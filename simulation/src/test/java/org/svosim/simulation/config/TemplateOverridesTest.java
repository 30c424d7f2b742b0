package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.simulation.config.ConfigFixtures.onlyProblem;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prompt template overrides, inline and from a templates file next to the config. */
class TemplateOverridesTest {

    @TempDir
    Path dir;

    @Test
    void inlineTemplatesWinOverTheTemplatesFile() throws ConfigException {
        ConfigFixtures.write(dir, "prompts.yaml", """
                hvae.induction: "from file"
                hvae.task: "task from file"
                """);

        ExperimentConfig config = ConfigFixtures.load(dir, ConfigFixtures.MINIMAL + """
                templates_file: prompts.yaml
                templates:
                  hvae.induction: "inline"
                """);

        assertThat(config.templateOverrides())
                .containsEntry("hvae.induction", "inline")
                .containsEntry("hvae.task", "task from file")
                .hasSize(2);
    }

    @Test
    void unknownInlineTemplateNameListsTheValidNames() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL + """
                templates:
                  hvae.inducton: "x"
                """);

        assertThat(p.field()).isEqualTo("templates.hvae.inducton");
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.message()).startsWith("unknown template 'hvae.inducton' (did you mean 'hvae.induction'?)")
                .contains("direct.item.json").contains("value.competitive");
    }

    @Test
    void unknownTemplateNameInTheTemplatesFileIsReportedInThatFile() {
        Path prompts = ConfigFixtures.write(dir, "prompts.yaml", """
                hvae.task: "ok"
                extractor.sytem: "typo"
                """);

        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL + "templates_file: prompts.yaml\n");

        assertThat(p.file()).isEqualTo(prompts);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("extractor.sytem");
        assertThat(p.message()).contains("did you mean 'extractor.system'?");
    }

    @Test
    void missingTemplatesFileIsReportedAtTheField() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL + "templates_file: paper-prompts.yaml\n");

        assertThat(p.file()).isEqualTo(dir.resolve("config.yaml"));
        assertThat(p.field()).isEqualTo("templates_file");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).contains("templates file not found: " + dir.resolve("paper-prompts.yaml"));
    }

    @Test
    void templatesFileWithASyntaxErrorIsReportedInThatFile() {
        Path prompts = ConfigFixtures.write(dir, "prompts.yaml", "hvae.task: \"unclosed\n");

        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL + "templates_file: prompts.yaml\n");

        assertThat(p.file()).isEqualTo(prompts);
        assertThat(p.message()).startsWith("invalid YAML");
    }

    @Test
    void templateTextMustBeText() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL + """
                templates:
                  hvae.task: [a, b]
                """);

        assertThat(p.field()).isEqualTo("templates.hvae.task");
        assertThat(p.message()).contains("got a list of 2");
    }
}
