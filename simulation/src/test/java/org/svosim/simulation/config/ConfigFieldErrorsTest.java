package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.simulation.config.ConfigFixtures.onlyProblem;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in single fields: missing, unknown, wrong type, out of range, unknown choice. */
class ConfigFieldErrorsTest {

    @TempDir
    Path dir;

    private static final String OPENAI = """
            experiment: test
            repetitions: 3
            backends:
              gpt:
                provider: openai
                model: gpt-4o-mini
                %s
            values: [prosocial]
            """;

    @Test
    void missingRequiredTopLevelFieldIsNamed() {
        ConfigProblem p = onlyProblem(dir, """
                experiment: test
                backends:
                  sim: {provider: simulated}
                values: [prosocial]
                """);

        assertThat(p.field()).isEqualTo("repetitions");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("required field is missing").contains("at least 1");
    }

    @Test
    void missingModelOfARealBackendPointsAtTheBackend() {
        ConfigProblem p = onlyProblem(dir, """
                experiment: test
                repetitions: 3
                backends:
                  gpt:
                    provider: openai
                values: [prosocial]
                """);

        assertThat(p.field()).isEqualTo("backends.gpt.model");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.message()).contains("required field is missing").contains("model id");
    }

    @Test
    void unknownFieldGetsADidYouMeanSuggestion() {
        ConfigProblem p = onlyProblem(dir, OPENAI.formatted("temprature: 1.0"));

        assertThat(p.field()).isEqualTo("backends.gpt.temprature");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).startsWith("unknown field (did you mean 'temperature'?)")
                .contains("valid fields of an openai backend: provider, model, base_url");
    }

    @Test
    void unknownTopLevelFieldGetsASuggestion() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL + "repetition: 4\n");

        assertThat(p.field()).isEqualTo("repetition");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).contains("did you mean 'repetitions'?");
    }

    @Test
    void fieldOfAnotherProviderIsUnknownForThisOne() {
        ConfigProblem p = onlyProblem(dir, OPENAI.formatted("fidelity: 0.5"));

        assertThat(p.field()).isEqualTo("backends.gpt.fidelity");
        assertThat(p.message()).startsWith("unknown field;").doesNotContain("did you mean");
    }

    @Test
    void quotedNumberIsTheWrongType() {
        ConfigProblem p = onlyProblem(dir, OPENAI.formatted("temperature: \"0.7\""));

        assertThat(p.field()).isEqualTo("backends.gpt.temperature");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).isEqualTo("expected a number, got text '0.7' (write numbers without quotes)");
    }

    @Test
    void wordWhereWholeNumberExpectedIsTheWrongType() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL.replace("repetitions: 3", "repetitions: ten"));

        assertThat(p.field()).isEqualTo("repetitions");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("expected a whole number, got text 'ten'");
    }

    @Test
    void fractionWhereWholeNumberExpectedIsRejected() {
        ConfigProblem p = onlyProblem(dir, OPENAI.formatted("max_tokens: 12.5"));

        assertThat(p.field()).isEqualTo("backends.gpt.max_tokens");
        assertThat(p.message()).isEqualTo("expected a whole number, got 12.5");
    }

    @Test
    void temperatureAboveTwoIsOutOfRange() {
        ConfigProblem p = onlyProblem(dir, OPENAI.formatted("temperature: 3.5"));

        assertThat(p.toString())
                .isEqualTo(dir.resolve("config.yaml") + ":7:5: backends.gpt.temperature: must be between 0 and 2, got 3.5");
    }

    @Test
    void topPOfZeroIsOutOfItsHalfOpenRange() {
        ConfigProblem p = onlyProblem(dir, OPENAI.formatted("top_p: 0"));

        assertThat(p.message()).isEqualTo("must be greater than 0 and at most 1, got 0");
    }

    @Test
    void concurrencyAboveTheLimitIsOutOfRange() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL + "concurrency: 5000\n");

        assertThat(p.field()).isEqualTo("concurrency");
        assertThat(p.message()).isEqualTo("must be between 1 and 4096, got 5000");
    }

    @Test
    void unknownProviderIsListedWithTheValidOnes() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL.replace("provider: simulated", "provider: opnai"));

        assertThat(p.field()).isEqualTo("backends.sim.provider");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("unknown provider 'opnai' (did you mean 'openai'?);"
                + " expected one of simulated, openai, ollama, anthropic");
    }

    @Test
    void unknownCategoryGetsASuggestion() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL.replace("[prosocial]", "[altruistic, prosocail]"));

        assertThat(p.field()).isEqualTo("values[1]");
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.column()).isEqualTo(22);
        assertThat(p.message()).startsWith("unknown value 'prosocail' (did you mean 'prosocial'?)")
                .contains("altruistic, prosocial, individualistic, competitive").contains("{angle: DEGREES");
    }

    @Test
    void explicitAngleOutsideTheCircleIsRejected() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL.replace("[prosocial]", "\n  - {angle: 200}"));

        assertThat(p.field()).isEqualTo("values[0].angle");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).isEqualTo("must be between -180 and 180, got 200");
    }

    @Test
    void bareNumberAsValueGetsAnExplicitAngleHint() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL.replace("[prosocial]", "[30]"));

        assertThat(p.field()).isEqualTo("values[0]");
        assertThat(p.message()).contains("got the number 30").contains("write {angle: DEGREES}");
    }

    @Test
    void sameValueTwiceIsRejected() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL.replace("[prosocial]", "[prosocial, Prosocial]"));

        assertThat(p.field()).isEqualTo("values[1]");
        assertThat(p.message()).contains("'prosocial' is listed twice (also at values[0])");
    }

    @Test
    void experimentNameThatCannotBeAFolderIsRejected() {
        ConfigProblem p = onlyProblem(dir, ConfigFixtures.MINIMAL.replace("experiment: test", "experiment: a/b"));

        assertThat(p.field()).isEqualTo("experiment");
        assertThat(p.message()).contains("'a/b' is not allowed").contains("letters, digits");
    }

    @Test
    void apiKeyWrittenInPlaceOfItsVariableIsRejectedWithoutEchoingIt() {
        ConfigProblem p = onlyProblem(dir, OPENAI.formatted("api_key_env: sk-secret-123"));

        assertThat(p.field()).isEqualTo("backends.gpt.api_key_env");
        assertThat(p.message()).contains("name of the environment variable").doesNotContain("sk-secret-123");
    }

    @Test
    void baseUrlMustBeHttp() {
        ConfigProblem p = onlyProblem(dir, OPENAI.formatted("base_url: localhost:8000"));

        assertThat(p.field()).isEqualTo("backends.gpt.base_url");
        assertThat(p.message()).contains("expected an http(s) URL");
    }

    @Test
    void emptyBackendsMappingIsRejected() {
        ConfigProblem p = onlyProblem(dir, """
                experiment: test
                repetitions: 3
                backends: {}
                values: [prosocial]
                """);

        assertThat(p.field()).isEqualTo("backends");
        assertThat(p.message()).contains("at least one backend");
    }
}
