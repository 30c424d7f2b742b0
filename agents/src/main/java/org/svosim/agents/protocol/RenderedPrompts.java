package org.svosim.agents.protocol;

import java.util.Map;
import org.svosim.agents.memo.BoundedMemo;
import org.svosim.agents.prompt.PromptTemplates;

/**
 * The prompts of an interview rendered once per way of asking: every trial that gets the same system
 * prompt, or asks the same item at the same position with its options in the same shown order, from
 * the same templates, gets the same text (the same {@code String}, so that whatever hashes or compares
 * it later, such as a cache or the run database, finds it at once). Rendering is pure, so a remembered
 * text is the text rendering would give. Bounded: with shuffled options there can be more ways of
 * asking than are worth keeping.
 */
final class RenderedPrompts {
    private static final BoundedMemo<Prompt, String> MEMO = new BoundedMemo<>(4096, Prompt::render);

    /** One way of asking: what a prompt is rendered from. */
    private sealed interface Prompt permits AskedItem, FilledTemplate {
        String render();
    }

    private record AskedItem(PromptTemplates templates, String template, ItemPlan plan, int itemCount,
                              String goalClause) implements Prompt {
        @Override
        public String render() {
            return templates.render(template, ItemPrompt.variables(plan, itemCount, goalClause, templates));
        }
    }

    private record FilledTemplate(PromptTemplates templates, String template, Map<String, String> vars)
            implements Prompt {
        @Override
        public String render() {
            return templates.render(template, vars);
        }
    }

    private RenderedPrompts() {
    }

    /** Template {@code template} rendered with the {@link ItemPrompt#variables} of this item. */
    static String item(PromptTemplates templates, String template, ItemPlan plan, int itemCount, String goalClause) {
        return MEMO.get(new AskedItem(templates, template, plan, itemCount, goalClause));
    }

    /** Template {@code template} rendered with {@code vars} (for a few short variables, compared on every call). */
    static String text(PromptTemplates templates, String template, Map<String, String> vars) {
        return MEMO.get(new FilledTemplate(templates, template, Map.copyOf(vars)));
    }
}
