package org.svosim.simulation.config;

/**
 * Reads a declared {@link ConfigField} of a mapping with the field's own range, choices and
 * default, so the readers check exactly what the JSON Schema states. Problems are reported on
 * the node; a value that was absent or wrong reads as the default (null if there is none).
 */
final class FieldReads {

    private FieldReads() {
    }

    static Double number(ConfigNode parent, ConfigField f) {
        return ConfigNode.orDefault(parent.get(f.name()).number(f.range()), f.defaultNumber());
    }

    static Long integer(ConfigNode parent, ConfigField f) {
        Long fallback = f.defaultValue() == null ? null : ((Number) f.defaultValue()).longValue();
        return ConfigNode.orDefault(parent.get(f.name()).integer(f.range()), fallback);
    }

    /** A whole number that fits in an int. */
    static Integer smallInteger(ConfigNode parent, ConfigField f) {
        Integer fallback = f.defaultValue() == null ? null : ((Number) f.defaultValue()).intValue();
        return ConfigNode.orDefault(parent.get(f.name()).smallInteger(f.range()), fallback);
    }

    static Boolean bool(ConfigNode parent, ConfigField f) {
        return ConfigNode.orDefault(parent.get(f.name()).bool(), (Boolean) f.defaultValue());
    }

    /** One of the field's choices, in canonical spelling; {@code what} names it in problems. */
    static String choice(ConfigNode parent, ConfigField f, String what) {
        return ConfigNode.orDefault(parent.get(f.name()).oneOf(what, f.choices()), (String) f.defaultValue());
    }
}
