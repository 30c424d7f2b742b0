package org.svosim.simulation.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.svosim.games.bias.AttackCondition;
import org.svosim.simulation.bias.scenario.AnswerType;
import org.svosim.simulation.bias.scenario.InMemoryEmulatorCache;
import org.svosim.simulation.bias.scenario.Loaded;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.bias.scenario.ScenarioAttributes;
import org.svosim.simulation.bias.scenario.ScenarioFilter;
import org.svosim.simulation.bias.scenario.ScenarioSourceException;
import org.svosim.simulation.config.BiasSettings;
import org.svosim.simulation.config.BiasSource;

/** Preparing a probe's scenarios: per-source categories, filters, sampling, skipped rows and unreadable sources. */
class ProbeScenariosTest {

    private static Path resource(String name) throws Exception {
        return Path.of(ProbeScenariosTest.class.getResource(name).toURI());
    }

    private static Loaded<Scenario> load(List<BiasSource> sources, Integer sample, ScenarioFilter filter)
            throws ScenarioSourceException {
        BiasSettings bias = new BiasSettings(List.of("a"), List.of(AttackCondition.NONE), sources, sample, filter, false);
        return ProbeScenarios.load(bias, 3, backend -> {
            throw new AssertionError("no emulator is needed");
        }, new InMemoryEmulatorCache());
    }

    private static BiasSource bbq(Set<String> categories) throws Exception {
        return new BiasSource(BiasSource.BBQ, resource("/bias/bbq/Fixture.jsonl"), categories, false, null, null);
    }

    @Test
    void sourcesAreReadTogetherWithTheirMalformedRowsCounted() throws Exception {
        BiasSource generic = new BiasSource(BiasSource.GENERIC, resource("/bias/generic/scenarios.jsonl"), Set.of(),
                false, null, "mine");

        Loaded<Scenario> loaded = load(List.of(bbq(Set.of()), generic), null, ScenarioFilter.ALL);

        assertThat(loaded.values()).extracting(Scenario::source).contains("bbq", "mine");
        assertThat(loaded.skipped()).extracting(s -> s.file().getFileName().toString())
                .contains("Fixture.jsonl", "scenarios.jsonl");
    }

    @Test
    void categoriesOfASourceAndAnswerTypeFiltersNarrowTheScenarios() throws Exception {
        Loaded<Scenario> all = load(List.of(bbq(Set.of())), null, ScenarioFilter.ALL);
        String category = all.values().get(0).attribute(ScenarioAttributes.CATEGORY);

        Loaded<Scenario> kept = load(List.of(bbq(Set.of(category))), null,
                new ScenarioFilter(Set.of(), Set.of(), Set.of(), Set.of(AnswerType.UNKNOWN)));

        assertThat(kept.values()).isNotEmpty().allMatch(s -> s.answerType() == AnswerType.UNKNOWN
                && s.attribute(ScenarioAttributes.CATEGORY).equals(category));
        assertThat(kept.values().size()).isLessThan(all.values().size());
    }

    @Test
    void samplingKeepsAtMostTheGivenItemsPerCategory() throws Exception {
        Loaded<Scenario> sampled = load(List.of(bbq(Set.of())), 1, ScenarioFilter.ALL);

        long categories = sampled.values().stream().map(s -> s.attribute(ScenarioAttributes.CATEGORY)).distinct().count();
        assertThat(sampled.values().stream().map(Scenario::item).distinct().count()).isEqualTo(categories);
    }

    @Test
    void aMissingSourceFileIsAnErrorNamingThePath() {
        BiasSource missing = new BiasSource(BiasSource.CROWS_PAIRS, Path.of("nowhere/crows.csv"), Set.of(), false,
                null, null);

        assertThatThrownBy(() -> load(List.of(missing), null, ScenarioFilter.ALL))
                .isInstanceOf(ScenarioSourceException.class).hasMessageContaining("nowhere")
                .hasMessageContaining("crows-pairs");
    }
}
