package org.svosim.simulation.config;

import java.util.List;
import java.util.Objects;

/**
 * One field of a config section, declared once: the readers take its name, range, choices and
 * default from here, and {@link ConfigSchema} writes its JSON Schema from the same record.
 *
 * @param name         the field's key in the YAML file
 * @param type         what kind of value it holds
 * @param range        allowed interval for NUMBER and INTEGER fields, else null
 * @param choices      allowed words for CHOICE fields (canonical spelling), else empty
 * @param defaultValue the value used when the field is left out (a Number, Boolean or String), or null
 * @param required     whether the field must be given
 * @param description  what the field means, for editors and docs
 */
record ConfigField(String name, FieldType type, Range range, List<String> choices, Object defaultValue,
                   boolean required, String description) {

    ConfigField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if ((type == FieldType.NUMBER || type == FieldType.INTEGER) != (range != null)) {
            throw new IllegalArgumentException(name + ": a range is needed for numbers and only for them");
        }
        if ((type == FieldType.CHOICE || type == FieldType.CHOICE_LIST) == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": choices are needed for CHOICE fields and only for them");
        }
    }

    /** An optional field without default. */
    static ConfigField of(String name, FieldType type, String description) {
        return new ConfigField(name, type, null, List.of(), null, false, description);
    }

    static ConfigField number(String name, Range range, String description) {
        return new ConfigField(name, FieldType.NUMBER, range, List.of(), null, false, description);
    }

    static ConfigField integer(String name, Range range, String description) {
        return new ConfigField(name, FieldType.INTEGER, range, List.of(), null, false, description);
    }

    static ConfigField choice(String name, List<String> choices, String description) {
        return new ConfigField(name, FieldType.CHOICE, null, choices, null, false, description);
    }

    static ConfigField choiceList(String name, List<String> choices, String description) {
        return new ConfigField(name, FieldType.CHOICE_LIST, null, choices, null, false, description);
    }

    /** The same field with a default value. */
    ConfigField defaultsTo(Object value) {
        return new ConfigField(name, type, range, choices, value, required, description);
    }

    /** The same field, required. */
    ConfigField asRequired() {
        return new ConfigField(name, type, range, choices, defaultValue, true, description);
    }

    /** The same field with another range (e.g. a provider's narrower temperature range). */
    ConfigField withRange(Range newRange, String newDescription) {
        return new ConfigField(name, type, newRange, choices, defaultValue, required, newDescription);
    }

    /** The default as a double, or null if the field has none. */
    Double defaultNumber() {
        return defaultValue == null ? null : ((Number) defaultValue).doubleValue();
    }
}
