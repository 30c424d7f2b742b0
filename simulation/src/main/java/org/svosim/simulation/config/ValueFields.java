package org.svosim.simulation.config;

import static org.svosim.simulation.config.ConfigField.choice;
import static org.svosim.simulation.config.ConfigField.number;
import static org.svosim.simulation.config.ConfigField.of;

import java.util.Arrays;
import java.util.List;
import org.svosim.games.slider.SvoCategory;

/** The fields of an explicit value in {@code values} and of a custom item in {@code custom_items}. */
final class ValueFields {
    /** The named values: the SVO categories. */
    static final List<String> CATEGORIES = Arrays.stream(SvoCategory.values()).map(SvoCategory::label).toList();
    static final List<String> ITEM_KINDS = List.of("primary", "secondary");
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 26;

    static final ConfigField ANGLE = number("angle", Range.between(-180, 180),
            "The target angle in degrees.").asRequired();
    static final ConfigField LABEL = of("name", FieldType.NAME,
            "Label of the value (default angle_<degrees>, e.g. angle_30).");
    static final FieldSet EXPLICIT = FieldSet.of("an explicit value", ANGLE, LABEL);

    static final ConfigField KIND = choice("kind", ITEM_KINDS,
            "primary (enters the SVO angle) or secondary (inequality-aversion index only).").asRequired();
    static final ConfigField OPTIONS = of("options", FieldType.OPTION_PAIRS,
            "2 to 26 options, each a pair [self, other] of payoffs, labelled A, B, C, ... in order.").asRequired();
    static final FieldSet CUSTOM_ITEM = FieldSet.of("a custom item", KIND, OPTIONS);

    private ValueFields() {
    }
}
