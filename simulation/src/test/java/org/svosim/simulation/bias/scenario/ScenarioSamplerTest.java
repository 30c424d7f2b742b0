package org.svosim.simulation.bias.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.svosim.games.bias.BiasLabel;

class ScenarioSamplerTest {

    /** {@code items} items per category, two scenarios per item. */
    private static List<Scenario> synthetic(List<String> categories, int items) {
        List<Scenario> all = new ArrayList<>();
        for (String c : categories) {
            for (int i = 0; i < items; i++) {
                for (String half : List.of("a", "b")) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    attributes.put(ScenarioAttributes.CATEGORY, c);
                    attributes.put(ScenarioAttributes.ITEM, c + i);
                    all.add(new Scenario(c + i + half, "test", "text " + c + i + half, BiasLabel.BIASED,
                            AnswerType.NOT_APPLICABLE, attributes));
                }
            }
        }
        return all;
    }

    private static Set<String> items(List<Scenario> scenarios) {
        Set<String> items = new HashSet<>();
        scenarios.forEach(s -> items.add(s.item()));
        return items;
    }

    @Test
    void drawsTheRequestedItemsPerCategoryKeepingBothScenariosOfAnItem() {
        List<Scenario> sample = ScenarioSampler.perCategory(synthetic(List.of("x", "y"), 20), 5, 42);

        assertThat(sample).hasSize(2 * 5 * 2);
        assertThat(sample.stream().filter(s -> s.attribute("category").equals("x")).count()).isEqualTo(10);
        assertThat(sample).allMatch(s -> sample.stream().filter(o -> o.item().equals(s.item())).count() == 2);
    }

    @Test
    void sameSeedSameSampleAndOtherSeedOtherSample() {
        List<Scenario> all = synthetic(List.of("x", "y"), 20);

        assertThat(ScenarioSampler.perCategory(all, 5, 42)).isEqualTo(ScenarioSampler.perCategory(all, 5, 42));
        assertThat(items(ScenarioSampler.perCategory(all, 5, 42))).isNotEqualTo(items(ScenarioSampler.perCategory(all, 5, 43)));
    }

    @Test
    void addingACategoryLeavesTheOtherCategoriesDrawUnchanged() {
        List<Scenario> xOnly = ScenarioSampler.perCategory(synthetic(List.of("x"), 20), 5, 7);
        List<Scenario> withY = ScenarioSampler.perCategory(synthetic(List.of("x", "y"), 20), 5, 7);

        assertThat(withY.stream().filter(s -> s.attribute("category").equals("x")).toList()).isEqualTo(xOnly);
    }

    @Test
    void smallCategoriesAreTakenWholeAndInputOrderIsKept() {
        List<Scenario> all = synthetic(List.of("x"), 3);

        assertThat(ScenarioSampler.perCategory(all, 10, 1)).isEqualTo(all);
        assertThatThrownBy(() -> ScenarioSampler.perCategory(all, 0, 1)).hasMessageContaining("at least 1");
    }
}
