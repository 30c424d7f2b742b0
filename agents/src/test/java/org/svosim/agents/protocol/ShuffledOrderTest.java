package org.svosim.agents.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;

class ShuffledOrderTest {
    private static final PromptTemplates TEMPLATES = PromptTemplates.defaults();
    private static final Persona PERSONA = Persona.of(new TargetValue.Named(SvoCategory.INDIVIDUALISTIC), TEMPLATES);
    private static final SliderMeasure MEASURE = MurphySliderItems.primary();
    private static final Pattern OPTION = Pattern.compile(
            "^([A-Z]): you receive (\\d+) coins, the other participant receives (\\d+) coins$", Pattern.MULTILINE);

    private static Interview interview(ItemOrder order, long seed) {
        return Interviews.create(new ProtocolSpec.Direct("direct", AnswerFormat.LETTER, 0, order),
                PERSONA, MEASURE, TEMPLATES, seed);
    }

    private static InterviewResult runAllC(ItemOrder order, long seed) {
        return new ScriptedModel().run(interview(order, seed), "C", "C", "C", "C", "C", "C");
    }

    @Test
    void shownLetterMapsBackToTheOriginalOptionItDisplayed() {
        ScriptedModel model = new ScriptedModel();
        InterviewResult result = model.run(interview(new ItemOrder(false, true), 42L), "C", "C", "C", "C", "C", "C");

        for (int i = 0; i < 6; i++) {
            ItemAnswer answer = result.answers().get(i);
            Allocation shownAsC = shownOption(model.lastSent(i), 'C');
            SliderItem item = MEASURE.items().get(answer.itemNumber() - 1);
            assertThat(answer.shownChoice()).isEqualTo(2);
            assertThat(answer.chosenOption()).isEqualTo(answer.shownOrder().get(2));
            assertThat(item.option(answer.chosenOption())).isEqualTo(shownAsC);
        }
        assertThat(result.answers()).anySatisfy(a -> assertThat(a.chosenOption()).isNotEqualTo(2));
    }

    @Test
    void shuffledItemsRecordTheirAskingPosition() {
        ScriptedModel model = new ScriptedModel();
        InterviewResult result = model.run(interview(new ItemOrder(true, false), 5L), "A", "A", "A", "A", "A", "A");

        assertThat(result.answers()).extracting(ItemAnswer::position).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(result.answers()).extracting(ItemAnswer::itemNumber).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(result.answers()).allSatisfy(a -> assertThat(a.shownOrder()).isEqualTo(identity(9)));
        for (int i = 0; i < 6; i++) {
            SliderItem item = MEASURE.items().get(result.answers().get(i).itemNumber() - 1);
            assertThat(shownOption(model.lastSent(i), 'B')).isEqualTo(item.option(1));
        }
    }

    @Test
    void publishedOrderShowsItemsAndOptionsUnshuffled() {
        InterviewResult result = runAllC(ItemOrder.published(), 9L);

        assertThat(result.answers()).extracting(ItemAnswer::itemNumber).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(result.answers()).allSatisfy(a -> assertThat(a.shownOrder()).isEqualTo(identity(9)));
    }

    @Test
    void sameSeedGivesTheSameOrders() {
        ItemOrder both = new ItemOrder(true, true);

        assertThat(orders(runAllC(both, 11L))).isEqualTo(orders(runAllC(both, 11L)));
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        ItemOrder both = new ItemOrder(true, true);

        assertThat(orders(runAllC(both, 11L))).isNotEqualTo(orders(runAllC(both, 12L)));
    }

    @Test
    void shufflingOptionsDoesNotChangeTheItemOrder() {
        List<Integer> itemsOnly = runAllC(new ItemOrder(true, false), 21L).answers().stream()
                .map(ItemAnswer::itemNumber).toList();
        List<Integer> itemsAndOptions = runAllC(new ItemOrder(true, true), 21L).answers().stream()
                .map(ItemAnswer::itemNumber).toList();

        assertThat(itemsAndOptions).isEqualTo(itemsOnly);
    }

    private static List<Object> orders(InterviewResult result) {
        return result.answers().stream().map(a -> (Object) List.of(a.itemNumber(), a.shownOrder())).toList();
    }

    private static List<Integer> identity(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    /** Reads the payoffs shown for {@code letter} back out of the prompt text. */
    private static Allocation shownOption(String prompt, char letter) {
        Matcher m = OPTION.matcher(prompt);
        while (m.find()) {
            if (m.group(1).charAt(0) == letter) {
                return new Allocation(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
            }
        }
        throw new AssertionError("no option " + letter + " in prompt:\n" + prompt);
    }
}
