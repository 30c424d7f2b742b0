package org.svosim.agents.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplatesTest {
    private final PromptTemplates defaults = PromptTemplates.defaults();

    @Test
    void defaultsHoldEveryNamedTemplateWithText() {
        assertThat(defaults.names()).containsExactlyElementsOf(TemplateNames.ALL);
        TemplateNames.ALL.forEach(name -> assertThat(defaults.text(name)).as(name).isNotBlank().doesNotEndWith("\n"));
    }

    @Test
    void defaultOptionLineIsTheDocumentedFormat() {
        assertThat(defaults.text("option.line"))
                .isEqualTo("{{letter}}: you receive {{self}} coins, the other participant receives {{other}} coins");
        assertThat(defaults.render("option.line", Map.of("letter", "C", "self", "85", "other", "68")))
                .isEqualTo("C: you receive 85 coins, the other participant receives 68 coins");
    }

    @Test
    void eachValueDescriptionNamesOnlyItsOwnCategory() {
        List<String> words = List.of("altruistic", "prosocial", "individualistic", "competitive");
        for (String word : words) {
            String text = defaults.render("value." + word, Map.of()).toLowerCase();
            assertThat(text).as(word).contains(word);
            words.stream().filter(other -> !other.equals(word))
                    .forEach(other -> assertThat(text).as(word).doesNotContain(other));
        }
        assertThat(defaults.text("value.competitive")).contains("hyper-competitive");
    }

    @Test
    void protocolTemplatesMentionNoCategoryWord() {
        TemplateNames.ALL.stream().filter(name -> !name.startsWith("value."))
                .forEach(name -> assertThat(defaults.text(name).toLowerCase()).as(name)
                        .doesNotContain("altruistic", "prosocial", "individualistic", "competitive"));
    }

    @Test
    void angleDescriptionStatesTheDegrees() {
        String text = defaults.render("value.angle", Map.of("degrees", "30", "self_weight", "0.866", "other_weight", "0.500"));

        assertThat(text).contains("30 degrees").contains("0.866").contains("0.500");
    }

    @Test
    void extractorSystemPromptCallsItselfAnAnswerExtractor() {
        assertThat(defaults.text("extractor.system")).contains("answer extractor");
        assertThat(defaults.render("extractor.user", Map.of("question", "Q?", "reply", "I like C", "last_letter", "I")))
                .contains("Q?").contains("\n<<<\nI like C\n>>>\n").contains("NONE");
    }

    @Test
    void emptyGoalClauseLeavesNoTrailingSpace() {
        String item = defaults.render("hvae.item", Map.of("number", "1", "item_count", "6", "options", "A: x",
                "goal_clause", ""));

        assertThat(item).startsWith("Question 1 of 6.\n").doesNotContain(" \n").endsWith("letter of your choice only.");
    }

    @Test
    void renderingDoesNotExpandPlaceholdersInsideValues() {
        String text = defaults.render("hvae.goal_clause", Map.of("goal", "win {{goal}} coins"));

        assertThat(text).contains("\"win {{goal}} coins\"");
    }

    @Test
    void missingVariableNamesTemplateAndVariable() {
        assertThatThrownBy(() -> defaults.render("hvae.reask", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hvae.reask").hasMessageContaining("{{last_letter}}");
    }

    @Test
    void overrideReplacesOneTemplateAndKeepsTheOthers() {
        PromptTemplates custom = defaults.withOverrides(Map.of("hvae.task", "Be this person now.\n"));

        assertThat(custom.render("hvae.task", Map.of())).isEqualTo("Be this person now.");
        assertThat(custom.text("hvae.goal")).isEqualTo(defaults.text("hvae.goal"));
        assertThat(defaults.text("hvae.task")).isNotEqualTo("Be this person now.");
    }

    @Test
    void unknownOverrideNameListsTheValidNames() {
        assertThatThrownBy(() -> defaults.withOverrides(Map.of("hvae.intro", "Hi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hvae.intro").hasMessageContaining("hvae.induction, hvae.task");
    }

    @Test
    void unknownTemplateCannotBeRendered() {
        assertThatThrownBy(() -> defaults.render("nope", Map.of())).hasMessageContaining("valid names");
    }
}
