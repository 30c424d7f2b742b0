package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.protocol.ItemOrder;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.play.PublicGoodsGame;
import org.svosim.simulation.config.PopulationSpec.Pairing;

/** The {@code population} section: what it reads, what it no longer requires, and its problems with line and field. */
class PopulationConfigTest {
    private static final String POPULATION = """
            experiment: pop
            backends:
              sim:
                provider: simulated
            population:
              groups:
                - {name: alt, count: 2, backend: sim, value: altruistic}
                - {name: comp, backend: sim, value: {angle: -30, name: rival}}
              games:
              %s
              pairing: %s
            """;

    @TempDir
    Path dir;

    private static String config(String games, String pairing) {
        return POPULATION.formatted(games, pairing);
    }

    @Test
    void populationRunNeedsNeitherRepetitionsNorValues() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, config("  - {type: prisoners_dilemma, rounds: 5}", "ring"));

        assertThat(config.isPopulationRun()).isTrue();
        assertThat(config.population().agentNames()).containsExactly("alt-1", "alt-2", "comp-1");
        assertThat(config.population().pairing()).isEqualTo(Pairing.RING);
        assertThat(config.population().games().get(0).game()).isEqualTo(new PrisonersDilemma(5, 3, 1, 0, 5));
        assertThat(config.agents()).containsExactly("sim");
        assertThat(config.population().memoryWindow()).isEqualTo(5);
    }

    @Test
    void repeatedGameTypesGetNumberedLabels() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, config(
                "  - {type: public_goods, players: 3, multiplier: 1.5}\n    - {type: public_goods, players: 2, multiplier: 1.5}", "random"));

        assertThat(config.population().games()).extracting(PopulationSpec.GameSpec::label)
                .containsExactly("public_goods", "public_goods-2");
        assertThat(config.population().games().get(0).game()).isEqualTo(new PublicGoodsGame(3, 10, 1.5, 1, 1));
    }

    @Test
    void sliderConfigStillRequiresRepetitions() {
        List<ConfigProblem> problems = ConfigFixtures.problems(dir, """
                experiment: test
                backends:
                  sim:
                    provider: simulated
                values: [prosocial]
                """);

        assertThat(problems).extracting(ConfigProblem::field).containsExactly("repetitions");
    }

    @Test
    void invalidGameParametersAreReportedWithTheGamesLine() {
        ConfigProblem p = ConfigFixtures.onlyProblem(dir, config("  - {type: public_goods, players: 2, multiplier: 3}", "ring"));

        assertThat(p.line()).isEqualTo(10);
        assertThat(p.field()).isEqualTo("population.games[0]");
        assertThat(p.message()).contains("public_goods").contains("multiplier");
    }

    @Test
    void unknownGameTypeSuggestsTheValidOnes() {
        ConfigProblem p = ConfigFixtures.onlyProblem(dir, config("  - {type: dictatr}", "ring"));

        assertThat(p.field()).isEqualTo("population.games[0].type");
        assertThat(p.message()).contains("dictator");
    }

    @Test
    void fixedPairingNeedsPairsOfKnownAgents() {
        List<ConfigProblem> missing = ConfigFixtures.problems(dir, config("  - {type: dictator}", "fixed"));
        List<ConfigProblem> unknown = ConfigFixtures.problems(dir, config("  - {type: dictator}", "fixed\n  pairs: [[alt-1, comp-9]]"));

        assertThat(missing).extracting(ConfigProblem::field).containsExactly("population.pairs");
        assertThat(unknown).extracting(ConfigProblem::field).containsExactly("population.pairs[0][1]");
        assertThat(unknown.get(0).message()).contains("comp-9");
    }

    @Test
    void gameWithMorePlayersThanAgentsIsRefused() {
        ConfigProblem p = ConfigFixtures.onlyProblem(dir, config("  - {type: public_goods, players: 4}", "ring"));

        assertThat(p.field()).isEqualTo("population.games");
        assertThat(p.message()).contains("needs 4 players").contains("only 3 agents");
    }

    @Test
    void groupBackendMustBeDefined() {
        ConfigProblem p = ConfigFixtures.onlyProblem(dir, config("  - {type: dictator}", "ring").replace("backend: sim, value: alt", "backend: gpt, value: alt"));

        assertThat(p.field()).isEqualTo("population.groups[0].backend");
        assertThat(p.line()).isEqualTo(7);
    }

    @Test
    void populationTakesTheDirectSliderBeforeItsGamesAndTellsFullFeedbackByDefault() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, config("  - {type: dictator}", "ring"));

        assertThat(config.population().slider()).isEqualTo(PopulationSpec.DEFAULT_SLIDER);
        assertThat(config.population().slider().when()).isEqualTo(PopulationSpec.SliderTiming.BEFORE);
        assertThat(config.population().slider().protocol()).isInstanceOf(ProtocolSpec.Direct.class);
        assertThat(config.population().feedback()).isEqualTo(FeedbackSpec.DEFAULT);
    }

    @Test
    void sliderProtocolTakesTheFieldsOfAProtocolEntryWithAnOptionalName() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, config("  - {type: dictator}", "ring")
                + "  slider: {when: after, protocol: {type: hvae, goal_prompt: false, max_reasks: 2}}\n");

        assertThat(config.population().slider().when()).isEqualTo(PopulationSpec.SliderTiming.AFTER);
        assertThat(config.population().slider().protocol())
                .isEqualTo(new ProtocolSpec.Hvae("slider-hvae", false, 2, null, ItemOrder.published()));
    }

    @Test
    void unknownSliderTimingIsReportedWithItsLineAndField() {
        ConfigProblem p = ConfigFixtures.onlyProblem(dir, config("  - {type: dictator}", "ring")
                + "  slider: {when: during}\n");

        assertThat(p.field()).isEqualTo("population.slider.when");
        assertThat(p.line()).isEqualTo(12);
        assertThat(p.message()).contains("before").contains("after").contains("none");
    }

    @Test
    void sliderProtocolFieldOfTheOtherTypeIsRefused() {
        ConfigProblem p = ConfigFixtures.onlyProblem(dir, config("  - {type: dictator}", "ring")
                + "  slider: {protocol: {type: direct, goal_prompt: true}}\n");

        assertThat(p.field()).isEqualTo("population.slider.protocol.goal_prompt");
        assertThat(p.message()).contains("answer_format");
    }

    @Test
    void feedbackTemplateIsKeptAndPresetsAreWords() throws ConfigException {
        ExperimentConfig template = ConfigFixtures.load(dir, config("  - {type: dictator}", "ring")
                + "  feedback: \"Round {{round}}: you chose {{my_move}}.\"\n");
        ExperimentConfig own = ConfigFixtures.load(dir, config("  - {type: dictator}", "ring") + "  feedback: own\n");

        assertThat(template.population().feedback())
                .isEqualTo(new FeedbackSpec(FeedbackSpec.Preset.TEMPLATE, "Round {{round}}: you chose {{my_move}}."));
        assertThat(own.population().feedback().preset()).isEqualTo(FeedbackSpec.Preset.OWN);
    }

    @Test
    void unknownFeedbackPlaceholderIsReportedWithItsLineAndTheKnownOnes() {
        ConfigProblem p = ConfigFixtures.onlyProblem(dir, config("  - {type: dictator}", "ring")
                + "  feedback: \"You got {{my_pay}} coins\"\n");

        assertThat(p.field()).isEqualTo("population.feedback");
        assertThat(p.line()).isEqualTo(12);
        assertThat(p.message()).contains("{{my_pay}}").contains("my_payoff").contains("{{other_moves}}");
    }

    @Test
    void singleBracePlaceholderIsRefusedWithTheDoubleBraceSpelling() {
        ConfigProblem p = ConfigFixtures.onlyProblem(dir, config("  - {type: dictator}", "ring")
                + "  feedback: \"Round {{round}}: you got {my_payoff}\"\n");

        assertThat(p.field()).isEqualTo("population.feedback");
        assertThat(p.message()).contains("{{my_payoff}}");
    }
}
