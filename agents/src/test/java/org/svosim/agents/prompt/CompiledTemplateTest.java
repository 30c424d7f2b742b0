package org.svosim.agents.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CompiledTemplateTest {
    /** The one-pass regular-expression rendering the compiled templates replaced, as the reference. */
    private static String regexRender(String text, Map<String, String> vars) {
        Matcher m = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(vars.get(m.group(1))));
        }
        m.appendTail(out);
        return Pattern.compile("[ \\t]+(?=\\n|$)").matcher(out).replaceAll("");
    }

    @Test
    void everyDefaultTemplateRendersExactlyAsTheRegularExpressionReference() {
        PromptTemplates templates = PromptTemplates.defaults();
        SplittableRandom random = new SplittableRandom(3);
        String[] values = {"", "x", "  ", "value with {{braces}} $1 \\ ", "two\nlines \t", "\t"};
        for (String name : templates.names()) {
            String text = templates.text(name);
            for (int round = 0; round < 20; round++) {
                Map<String, String> vars = new HashMap<>();
                Matcher m = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}").matcher(text);
                while (m.find()) {
                    vars.put(m.group(1), values[random.nextInt(values.length)]);
                }
                assertThat(templates.render(name, vars)).as(name).isEqualTo(regexRender(text, vars));
            }
        }
    }

    @Test
    void trailingSpacesAndTabsGoFromEveryLineButInnerSpacesStay() {
        assertThat(CompiledTemplate.withoutTrailingSpaces("a  b \t\nc\t \n  d  ")).isEqualTo("a  b\nc\n  d");
        assertThat(CompiledTemplate.of("{{x}} and {{ y }}.").render("t", Map.of("x", "1", "y", "{{x}}")))
                .isEqualTo("1 and {{x}}.");
    }

    @Test
    void aMissingValueNamesTheTemplateAndThePlaceholder() {
        assertThatThrownBy(() -> CompiledTemplate.of("Hi {{name}}").render("greeting", Map.of("other", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'greeting'").hasMessageContaining("{{name}}");
    }
}
