package org.svosim.simulation.config;

import java.util.List;

/**
 * The fields one config mapping may hold (a backend of one provider, a protocol of one type,
 * the top level, ...), in documentation order.
 *
 * @param owner  how problem messages name the mapping, e.g. "an openai backend"
 * @param fields the allowed fields
 */
record FieldSet(String owner, List<ConfigField> fields) {

    FieldSet {
        fields = List.copyOf(fields);
        if (fields.stream().map(ConfigField::name).distinct().count() != fields.size()) {
            throw new IllegalArgumentException(owner + ": a field is declared twice");
        }
    }

    static FieldSet of(String owner, ConfigField... fields) {
        return new FieldSet(owner, List.of(fields));
    }

    List<String> names() {
        return fields.stream().map(ConfigField::name).toList();
    }

    List<String> requiredNames() {
        return fields.stream().filter(ConfigField::required).map(ConfigField::name).toList();
    }

    /** The field called {@code name}; a reader asking for an undeclared field is a programming error. */
    ConfigField field(String name) {
        for (ConfigField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException(owner + " declares no field '" + name + "'; declared: " + names());
    }
}
