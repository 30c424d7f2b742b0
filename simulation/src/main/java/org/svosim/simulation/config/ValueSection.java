package org.svosim.simulation.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;

/** Reads {@code values}: the target values to induce, named categories or explicit angles. */
final class ValueSection {
    private static final String EXPECTED = "a category name (altruistic, prosocial, individualistic, competitive)"
            + " or {angle: DEGREES, name: LABEL}";

    private ValueSection() {
    }

    static List<TargetValue> read(ConfigNode section) {
        List<TargetValue> values = new ArrayList<>();
        List<ConfigNode> elements = section.elements("a list of values, each " + EXPECTED);
        if (section.isArray() && elements.isEmpty()) {
            section.problem("must list at least one value (" + EXPECTED + ")");
        }
        Map<String, String> seen = new HashMap<>();
        for (ConfigNode element : elements) {
            TargetValue value = readOne(element);
            if (value == null) {
                continue;
            }
            String first = seen.putIfAbsent(value.label(), element.path().display());
            if (first != null) {
                element.problem("value '" + value.label() + "' is listed twice (also at " + first
                        + "); value labels name the trials and must be unique");
            }
            values.add(value);
        }
        return values;
    }

    static TargetValue readOne(ConfigNode element) {
        if (element.isObject()) {
            element.allowOnly(ValueFields.EXPLICIT);
            Double angle = element.require(ValueFields.ANGLE.name(), "the target angle in degrees, -180 to 180")
                    .number(ValueFields.ANGLE.range());
            String name = element.get(ValueFields.LABEL.name()).name("value name");
            return angle == null ? null : new TargetValue.Explicit(angle, name);
        }
        if (!element.isPresent() || !element.isText()) {
            String hint = element.isPresent() && element.describe().startsWith("the number")
                    ? " (for an explicit angle write {angle: DEGREES})" : "";
            element.problem("expected " + EXPECTED + ", got " + element.describe() + hint);
            return null;
        }
        List<String> labels = ValueFields.CATEGORIES;
        String text = element.text(EXPECTED);
        for (String label : labels) {
            if (label.equalsIgnoreCase(text.trim())) {
                return new TargetValue.Named(SvoCategory.fromLabel(label));
            }
        }
        element.problem(ProblemText.unknown("value", text, labels) + ", or {angle: DEGREES, name: LABEL}");
        return null;
    }
}
