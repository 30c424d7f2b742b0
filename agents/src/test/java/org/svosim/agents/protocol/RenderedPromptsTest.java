package org.svosim.agents.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.prompt.TemplateNames;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;

class RenderedPromptsTest {
    private static final PromptTemplates TEMPLATES = PromptTemplates.defaults();
    private static final SliderItem ITEM = MurphySliderItems.primary().items().get(1);
    private static final List<Integer> IN_ORDER = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8);
    private static final List<Integer> REVERSED = List.of(8, 7, 6, 5, 4, 3, 2, 1, 0);

    private static String rendered(PromptTemplates templates, ItemPlan plan) {
        return templates.render(TemplateNames.DIRECT_ITEM_LETTER, ItemPrompt.variables(plan, 6, "", templates));
    }

    @Test
    void theSameWayOfAskingGivesTheSameTextObjectAsRenderingWould() {
        String first = RenderedPrompts.item(TEMPLATES, TemplateNames.DIRECT_ITEM_LETTER, new ItemPlan(ITEM, 2, IN_ORDER), 6, "");
        String again = RenderedPrompts.item(TEMPLATES, TemplateNames.DIRECT_ITEM_LETTER, new ItemPlan(ITEM, 2, IN_ORDER), 6, "");

        assertThat(again).isSameAs(first);
        assertThat(first).isEqualTo(rendered(TEMPLATES, new ItemPlan(ITEM, 2, IN_ORDER)));
    }

    @Test
    void anotherShownOrderOrPositionIsRenderedAfresh() {
        String inOrder = RenderedPrompts.item(TEMPLATES, TemplateNames.DIRECT_ITEM_LETTER, new ItemPlan(ITEM, 2, IN_ORDER), 6, "");
        String reversed = RenderedPrompts.item(TEMPLATES, TemplateNames.DIRECT_ITEM_LETTER, new ItemPlan(ITEM, 2, REVERSED), 6, "");
        String laterPosition = RenderedPrompts.item(TEMPLATES, TemplateNames.HVAE_ITEM, new ItemPlan(ITEM, 4, IN_ORDER), 6, "");

        assertThat(reversed).isNotEqualTo(inOrder).isEqualTo(rendered(TEMPLATES, new ItemPlan(ITEM, 2, REVERSED)));
        assertThat(laterPosition).isEqualTo(TEMPLATES.render(TemplateNames.HVAE_ITEM,
                ItemPrompt.variables(new ItemPlan(ITEM, 4, IN_ORDER), 6, "", TEMPLATES)));
    }

    @Test
    void otherTemplatesNeverGetATextRememberedFromTheDefaults() {
        PromptTemplates reworded = TEMPLATES.withOverrides(Map.of(TemplateNames.OPTION_LINE,
                "{{letter}}) {{self}} for you, {{other}} for them"));
        ItemPlan plan = new ItemPlan(ITEM, 0, IN_ORDER);
        String defaults = RenderedPrompts.item(TEMPLATES, TemplateNames.DIRECT_ITEM_LETTER, plan, 6, "");
        String own = RenderedPrompts.item(reworded, TemplateNames.DIRECT_ITEM_LETTER, plan, 6, "");

        assertThat(own).isNotEqualTo(defaults).isEqualTo(rendered(reworded, plan)).contains("for them");
    }

    @Test
    void moreWaysOfAskingThanTheMemoKeepsStillRenderEachCorrectly() {
        for (int i = 0; i < 5000; i++) {
            ItemPlan plan = new ItemPlan(ITEM, i % 6, i % 2 == 0 ? IN_ORDER : REVERSED);
            String goal = "goal " + i;
            assertThat(RenderedPrompts.item(TEMPLATES, TemplateNames.HVAE_ITEM, plan, 6, goal))
                    .isEqualTo(TEMPLATES.render(TemplateNames.HVAE_ITEM, ItemPrompt.variables(plan, 6, goal, TEMPLATES)));
        }
    }

    @Test
    void aSystemPromptWithTheSameVariablesIsOneTextObject() {
        Map<String, String> vars = Map.of("value_name", "prosocial", "value_description", "cares for both");
        String first = RenderedPrompts.text(TEMPLATES, TemplateNames.DIRECT_SYSTEM, vars);

        assertThat(RenderedPrompts.text(TEMPLATES, TemplateNames.DIRECT_SYSTEM, Map.copyOf(vars))).isSameAs(first);
        assertThat(RenderedPrompts.text(TEMPLATES, TemplateNames.DIRECT_SYSTEM,
                Map.of("value_name", "competitive", "value_description", "wants to beat the other")))
                .isNotEqualTo(first).contains("wants to beat the other");
        assertThat(first).isEqualTo(TEMPLATES.render(TemplateNames.DIRECT_SYSTEM, vars));
    }
}
