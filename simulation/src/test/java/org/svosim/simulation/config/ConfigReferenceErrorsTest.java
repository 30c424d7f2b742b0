package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.simulation.config.ConfigFixtures.onlyProblem;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in protocols and in names that refer to backends. */
class ConfigReferenceErrorsTest {

    @TempDir
    Path dir;

    private static final String BASE = """
            experiment: test
            repetitions: 3
            backends:
              gpt:
                provider: openai
                model: gpt-4o-mini
              sim:
                provider: simulated
            values: [prosocial]
            """;

    @Test
    void unknownBackendInAgentsIsNamedWithASuggestion() {
        ConfigProblem p = onlyProblem(dir, BASE + "agents: [sim, gtp]\n");

        assertThat(p.field()).isEqualTo("agents[1]");
        assertThat(p.line()).isEqualTo(10);
        assertThat(p.column()).isEqualTo(15);
        assertThat(p.message()).startsWith("unknown backend 'gtp' (did you mean 'gpt'?); expected one of gpt, sim");
    }

    @Test
    void unknownExtractorBackendIsRejected() {
        ConfigProblem p = onlyProblem(dir, BASE + """
                protocols:
                  - name: hvae-goal
                    type: hvae
                    extractor: claude
                """);

        assertThat(p.field()).isEqualTo("protocols[0].extractor");
        assertThat(p.line()).isEqualTo(13);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).startsWith("unknown backend 'claude'");
    }

    @Test
    void duplicateProtocolNamesAreRejectedAtTheSecondName() {
        ConfigProblem p = onlyProblem(dir, BASE + """
                protocols:
                  - name: variant
                    type: hvae
                  - name: variant
                    type: direct
                """);

        assertThat(p.field()).isEqualTo("protocols[1].name");
        assertThat(p.line()).isEqualTo(13);
        assertThat(p.message()).contains("'variant' is used twice (also at protocols[0])");
    }

    @Test
    void unknownProtocolTypeGetsASuggestion() {
        ConfigProblem p = onlyProblem(dir, BASE + """
                protocols:
                  - name: x
                    type: hvea
                """);

        assertThat(p.field()).isEqualTo("protocols[0].type");
        assertThat(p.line()).isEqualTo(12);
        assertThat(p.message()).isEqualTo("unknown protocol type 'hvea' (did you mean 'hvae'?); expected one of hvae, direct");
    }

    @Test
    void unknownAnswerFormatIsRejected() {
        ConfigProblem p = onlyProblem(dir, BASE + """
                protocols:
                  - name: x
                    type: direct
                    answer_format: xml
                """);

        assertThat(p.field()).isEqualTo("protocols[0].answer_format");
        assertThat(p.message()).isEqualTo("unknown answer_format 'xml'; expected one of letter, json");
    }

    @Test
    void hvaeOnlyFieldOnADirectProtocolIsUnknown() {
        ConfigProblem p = onlyProblem(dir, BASE + """
                protocols:
                  - name: x
                    type: direct
                    goal_prompt: false
                """);

        assertThat(p.field()).isEqualTo("protocols[0].goal_prompt");
        assertThat(p.message()).contains("unknown field").contains("valid fields of a direct protocol");
    }

    @Test
    void tooManyReasksIsOutOfRange() {
        ConfigProblem p = onlyProblem(dir, BASE + """
                protocols:
                  - name: x
                    type: hvae
                    max_reasks: 9
                """);

        assertThat(p.field()).isEqualTo("protocols[0].max_reasks");
        assertThat(p.message()).isEqualTo("must be between 0 and 5, got 9");
    }

    @Test
    void protocolWithoutNameIsRejected() {
        ConfigProblem p = onlyProblem(dir, BASE + """
                protocols:
                  - type: hvae
                """);

        assertThat(p.field()).isEqualTo("protocols[0].name");
        assertThat(p.line()).isEqualTo(11);
        assertThat(p.message()).contains("required field is missing");
    }

    @Test
    void backendListedTwiceAsAgentIsRejected() {
        ConfigProblem p = onlyProblem(dir, BASE + "agents: [sim, sim]\n");

        assertThat(p.field()).isEqualTo("agents[1]");
        assertThat(p.message()).isEqualTo("backend 'sim' is listed twice");
    }

    @Test
    void noAgentLeftWhenEveryBackendIsAnExtractor() {
        ConfigProblem p = onlyProblem(dir, """
                experiment: test
                repetitions: 3
                backends:
                  gpt: {provider: openai, model: gpt-4o-mini}
                values: [prosocial]
                protocols:
                  - {name: x, type: hvae, extractor: gpt}
                """);

        assertThat(p.field()).isEqualTo("backends");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("every backend is used as an extractor").contains("agents: [...]");
    }
}
