package org.svosim.simulation.config;

import java.nio.file.Path;

/**
 * One mistake found in a config file: where it is and what is wrong.
 *
 * @param file    the file as it was named (e.g. {@code configs/x.yaml})
 * @param line    1-based line, or 0 when the problem has no position (e.g. file not found)
 * @param column  1-based column, or 0 when the problem has no position
 * @param field   dotted field path such as {@code backends.gpt.temperature} or
 *                {@code values[2].angle}; empty for problems with the whole file
 * @param message what is wrong and what was expected
 */
public record ConfigProblem(Path file, int line, int column, String field, String message) {

    public ConfigProblem {
        field = field == null ? "" : field;
    }

    /** Whether the problem points at a line and column. */
    public boolean hasPosition() {
        return line > 0;
    }

    /** The problem as one line: {@code file:line:column: field: message}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(file);
        if (hasPosition()) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(message).toString();
    }
}
