package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.simulation.config.ConfigFixtures.onlyProblem;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.ItemKind;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;

/** The items to ask: Murphy's primary or all items, or custom items numbered from 1. */
class CustomItemsTest {

    @TempDir
    Path dir;

    private static String withItems(String items) {
        return ConfigFixtures.MINIMAL + items;
    }

    @Test
    void itemsAllGivesTheFifteenMurphyItems() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, withItems("items: all\n"));

        assertThat(config.measure()).isEqualTo(MurphySliderItems.all());
        assertThat(config.measure().items()).hasSize(15);
    }

    @Test
    void customItemsAreNumberedFromOneInConfigOrder() throws ConfigException {
        ExperimentConfig config = ConfigFixtures.load(dir, withItems("""
                items: custom
                custom_items:
                  - kind: secondary
                    options: [[60, 40], [50, 50]]
                  - kind: primary
                    options: [[85, 85], [85, 76], [85, 68]]
                """));

        assertThat(config.measure().items()).containsExactly(
                new SliderItem(1, ItemKind.SECONDARY, java.util.List.of(new Allocation(60, 40), new Allocation(50, 50))),
                new SliderItem(2, ItemKind.PRIMARY, java.util.List.of(
                        new Allocation(85, 85), new Allocation(85, 76), new Allocation(85, 68))));
    }

    @Test
    void itemsCustomWithoutCustomItemsIsRejected() {
        ConfigProblem p = onlyProblem(dir, withItems("items: custom\n"));

        assertThat(p.field()).isEqualTo("custom_items");
        assertThat(p.message()).contains("required field is missing").contains("because items is 'custom'");
    }

    @Test
    void optionThatIsNotAPairIsRejected() {
        ConfigProblem p = onlyProblem(dir, withItems("""
                items: custom
                custom_items:
                  - kind: primary
                    options: [[85, 85], [85, 76, 3]]
                """));

        assertThat(p.field()).isEqualTo("custom_items[0].options[1]");
        assertThat(p.line()).isEqualTo(10);
        assertThat(p.column()).isEqualTo(25);
        assertThat(p.message()).isEqualTo("an option must be a pair [self, other], got a list of 3");
    }

    @Test
    void optionThatIsANumberIsRejected() {
        ConfigProblem p = onlyProblem(dir, withItems("""
                items: custom
                custom_items:
                  - kind: primary
                    options: [[85, 85], 76]
                """));

        assertThat(p.field()).isEqualTo("custom_items[0].options[1]");
        assertThat(p.message()).isEqualTo("an option must be a pair [self, other], got the number 76");
    }

    @Test
    void itemWithOneOptionIsRejected() {
        ConfigProblem p = onlyProblem(dir, withItems("""
                items: custom
                custom_items:
                  - kind: primary
                    options: [[85, 85]]
                """));

        assertThat(p.field()).isEqualTo("custom_items[0].options");
        assertThat(p.message()).isEqualTo("an item needs 2 to 26 options, got 1");
    }

    @Test
    void customItemsWithoutAPrimaryItemAreRejected() {
        ConfigProblem p = onlyProblem(dir, withItems("""
                items: custom
                custom_items:
                  - kind: secondary
                    options: [[85, 85], [80, 90]]
                """));

        assertThat(p.field()).isEqualTo("custom_items");
        assertThat(p.message()).contains("at least one item with kind: primary");
    }

    @Test
    void customItemsWithoutItemsCustomAreRejected() {
        ConfigProblem p = onlyProblem(dir, withItems("""
                custom_items:
                  - kind: primary
                    options: [[85, 85], [80, 90]]
                """));

        assertThat(p.field()).isEqualTo("custom_items");
        assertThat(p.message()).contains("only read when items is 'custom' (items is 'primary')");
    }
}
