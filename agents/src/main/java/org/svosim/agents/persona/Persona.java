package org.svosim.agents.persona;

import java.util.Map;
import org.svosim.agents.prompt.PromptNumbers;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.prompt.TemplateNames;
import org.svosim.games.value.TargetValue;

/**
 * Who an agent is told to be.
 *
 * @param value            the target value the agent's behaviour is scored against
 * @param valueName        how the value is named in prompts: the category label ("prosocial"),
 *                         or e.g. "SVO angle of 30 degrees" for an explicit angle
 * @param valueDescription a short description of a person holding the value, from the
 *                         {@code value.*} templates (e.g. "a prosocial person, who ...")
 */
public record Persona(TargetValue value, String valueName, String valueDescription) {
    public Persona {
        if (value == null) {
            throw new IllegalArgumentException("persona needs a target value");
        }
        if (valueName == null || valueName.isBlank()) {
            throw new IllegalArgumentException("persona for " + value.label() + " needs a value name");
        }
        if (valueDescription == null || valueDescription.isBlank()) {
            throw new IllegalArgumentException("persona for " + value.label() + " needs a value description");
        }
    }

    /**
     * The persona for a target value: a named category is described by its {@code value.<category>}
     * template, an explicit angle by {@code value.angle} with its degrees and cos/sin weights.
     */
    public static Persona of(TargetValue value, PromptTemplates templates) {
        if (value instanceof TargetValue.Named named) {
            String label = named.value().label();
            return new Persona(value, label, templates.render("value." + label, Map.of()));
        }
        String degrees = PromptNumbers.plain(value.degrees());
        double radians = Math.toRadians(value.degrees());
        String description = templates.render(TemplateNames.VALUE_ANGLE, Map.of(
                "degrees", degrees,
                "self_weight", PromptNumbers.weight(Math.cos(radians)),
                "other_weight", PromptNumbers.weight(Math.sin(radians))));
        return new Persona(value, "SVO angle of " + degrees + " degrees", description);
    }
}
