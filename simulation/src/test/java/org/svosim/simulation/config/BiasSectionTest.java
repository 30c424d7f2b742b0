package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.simulation.config.ConfigFixtures.load;
import static org.svosim.simulation.config.ConfigFixtures.onlyProblem;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.games.bias.AttackCondition;
import org.svosim.simulation.bias.scenario.AnswerType;

/** The {@code bias} section: defaults, paths relative to the config, type-specific fields, and what it makes optional. */
class BiasSectionTest {
    @TempDir
    Path dir;

    private static final String PROBE = """
            experiment: probe
            backends:
              a: {provider: simulated, judge_miss_rate_targeted: 0.7, voice: alpha}
              b: {provider: simulated}
            bias:
              sources:
                - {type: bbq, path: data/bbq, categories: [Age]}
            %s
            """;

    @Test
    void biasProbeNeedsNeitherValuesNorRepetitionsAndDefaultsToEveryConditionAndBackend() throws ConfigException {
        ExperimentConfig config = load(dir, PROBE.formatted(""));

        assertThat(config.isBiasProbe()).isTrue();
        assertThat(config.values()).isEmpty();
        assertThat(config.bias().judges()).containsExactly("a", "b");
        assertThat(config.bias().conditions()).containsExactly(AttackCondition.values());
        assertThat(config.bias().samplePerCategory()).isNull();
        assertThat(config.bias().explanations()).isFalse();
        assertThat(config.bias().sources()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo(dir.toAbsolutePath().resolve("data/bbq").normalize());
            assertThat(s.categories()).containsExactly("Age");
        });
    }

    @Test
    void simulatedJudgeFieldsReachTheSimulatedAgentWithTheBackendNameAsDefaultVoice() throws ConfigException {
        ExperimentConfig config = load(dir, PROBE.formatted(""));

        var a = ((BackendSpec.Simulated) config.backends().get("a")).settings().judge();
        var b = ((BackendSpec.Simulated) config.backends().get("b")).settings().judge();
        assertThat(a.missRateTargeted()).isEqualTo(0.7);
        assertThat(a.voice()).isEqualTo("alpha");
        assertThat(b.voice()).isEqualTo("b");
    }

    @Test
    void filtersSamplingAndConditionsAreRead() throws ConfigException {
        ExperimentConfig config = load(dir, PROBE.formatted("""
                  conditions: [targeted, none]
                  judges: [b]
                  sample_per_category: 5
                  polarities: [neg]
                  directions: [stereo]
                  answer_types: [stereotyped, unknown]
                  explanations: true
                """));

        BiasSettings bias = config.bias();
        assertThat(bias.conditions()).containsExactly(AttackCondition.TARGETED, AttackCondition.NONE);
        assertThat(bias.judges()).containsExactly("b");
        assertThat(bias.samplePerCategory()).isEqualTo(5);
        assertThat(bias.filter().polarities()).containsExactly("neg");
        assertThat(bias.filter().answerTypes()).containsExactlyInAnyOrder(AnswerType.STEREOTYPED, AnswerType.UNKNOWN);
        assertThat(bias.explanations()).isTrue();
    }

    @Test
    void emulatedCrowsPairsNeedsAnEmulatorWhichIsThenNoDefaultJudge() throws ConfigException {
        String yaml = """
                experiment: probe
                backends:
                  a: {provider: simulated}
                  writer: {provider: simulated}
                bias:
                  sources:
                    - {type: crows_pairs, path: crows.csv, mode: emulated%s}
                """;
        assertThat(onlyProblem(dir, yaml.formatted("")).message()).contains("needs 'emulator: BACKEND'");

        ExperimentConfig config = load(dir, yaml.formatted(", emulator: writer"));
        assertThat(config.bias().judges()).containsExactly("a");
        assertThat(config.bias().emulators()).containsExactly("writer");
        assertThat(config.usedBackends()).containsExactly("a", "writer");
    }

    @Test
    void modeOnABbqSourceIsAnError() {
        ConfigProblem p = onlyProblem(dir, """
                experiment: probe
                backends: {a: {provider: simulated}}
                bias:
                  sources: [{type: bbq, path: bbq, mode: direct}]
                """);

        assertThat(p.field()).isEqualTo("bias.sources[0].mode");
        assertThat(p.message()).contains("only for type crows_pairs");
    }

    @Test
    void unknownConditionIsNamedWithTheAllowedWords() {
        ConfigProblem p = onlyProblem(dir, PROBE.formatted("  conditions: [none, jailbreak]"));

        assertThat(p.field()).isEqualTo("bias.conditions[1]");
        assertThat(p.message()).contains("jailbreak").contains("untargeted");
    }

    @Test
    void withoutBiasSectionRepetitionsStayRequired() {
        ConfigProblem p = onlyProblem(dir, """
                experiment: test
                backends: {sim: {provider: simulated}}
                values: [prosocial]
                """);

        assertThat(p.field()).isEqualTo("repetitions");
    }
}
