package org.svosim.agents.protocol;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.svosim.agents.prompt.PromptTemplates;

/**
 * The prompts of an interview rendered once per way of asking: every trial that gets the same system
 * prompt, or asks the same item at the same position with its options in the same shown order, from
 * the same templates, gets the same text (the same {@code String}, so that whatever hashes or compares
 * it later, such as a cache or the run database, finds it at once). Rendering is pure, so a remembered
 * text is the text rendering would give. Bounded: with shuffled options there can be more ways of
 * asking than are worth keeping, and the memo starts afresh when full.
 */
final class RenderedPrompts {
    private static final int CAPACITY = 4096;
    private static final ConcurrentHashMap<Object, String> MEMO = new ConcurrentHashMap<>();

    private record ItemKey(PromptTemplates templates, String template, ItemPlan plan, int itemCount,
                           String goalClause) {
    }

    private record TextKey(PromptTemplates templates, String template, Map<String, String> vars) {
    }

    private RenderedPrompts() {
    }

    /** Template {@code template} rendered with the {@link ItemPrompt#variables} of this item. */
    static String item(PromptTemplates templates, String template, ItemPlan plan, int itemCount, String goalClause) {
        return remembered(new ItemKey(templates, template, plan, itemCount, goalClause),
                () -> templates.render(template, ItemPrompt.variables(plan, itemCount, goalClause, templates)));
    }

    /** Template {@code template} rendered with {@code vars} (for a few short variables, compared on every call). */
    static String text(PromptTemplates templates, String template, Map<String, String> vars) {
        return remembered(new TextKey(templates, template, Map.copyOf(vars)), () -> templates.render(template, vars));
    }

    private static String remembered(Object key, Supplier<String> render) {
        String known = MEMO.get(key);
        if (known != null) {
            return known;
        }
        String text = render.get();
        if (MEMO.size() >= CAPACITY) {
            MEMO.clear();
        }
        MEMO.put(key, text);
        return text;
    }
}
