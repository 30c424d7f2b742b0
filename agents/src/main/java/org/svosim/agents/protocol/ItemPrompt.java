package org.svosim.agents.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svosim.agents.prompt.PromptNumbers;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.prompt.TemplateNames;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;

/** The template variables of one item: its options written with {@code option.line}, its number, its letters. */
final class ItemPrompt {
    private ItemPrompt() {
    }

    /**
     * Variables {@code number} (1-based asking position), {@code item_count}, {@code options},
     * {@code last_letter}, {@code goal_clause} and {@code item_number} (the item's number in the measure).
     */
    static Map<String, String> variables(ItemPlan plan, int itemCount, String goalClause, PromptTemplates templates) {
        Map<String, String> vars = new HashMap<>();
        vars.put("number", Integer.toString(plan.position() + 1));
        vars.put("item_number", Integer.toString(plan.item().number()));
        vars.put("item_count", Integer.toString(itemCount));
        vars.put("options", options(plan, templates));
        vars.put("last_letter", String.valueOf(plan.lastLetter()));
        vars.put("goal_clause", goalClause);
        return vars;
    }

    /** One {@code option.line} per option in shown order, lettered A.. as shown. */
    static String options(ItemPlan plan, PromptTemplates templates) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < plan.optionCount(); k++) {
            Allocation option = plan.shownOption(k);
            lines.add(templates.render(TemplateNames.OPTION_LINE, Map.of(
                    "letter", String.valueOf(SliderItem.letter(k)),
                    "self", PromptNumbers.plain(option.self()),
                    "other", PromptNumbers.plain(option.other()))));
        }
        return String.join("\n", lines);
    }
}
