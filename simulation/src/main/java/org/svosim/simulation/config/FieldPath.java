package org.svosim.simulation.config;

/**
 * Where a value sits in the YAML tree, both as a JSON pointer (to look up its line and
 * column) and as the dotted name shown to users ({@code backends.gpt.temperature},
 * {@code values[2].angle}).
 */
record FieldPath(String pointer, String display) {

    static FieldPath root() {
        return new FieldPath("", "");
    }

    FieldPath field(String name) {
        String escaped = name.replace("~", "~0").replace("/", "~1");
        return new FieldPath(pointer + "/" + escaped, display.isEmpty() ? name : display + "." + name);
    }

    FieldPath index(int i) {
        return new FieldPath(pointer + "/" + i, display + "[" + i + "]");
    }
}
