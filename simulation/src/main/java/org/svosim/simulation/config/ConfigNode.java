package org.svosim.simulation.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One value of the YAML tree with its path, read through typed accessors that report a
 * problem (and return null) when the value is of the wrong type or out of range. Absent
 * and null values read as null without a problem unless they are {@link #require required}.
 */
final class ConfigNode {
    /** Names that become folder names and parts of trial ids. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    static final String NAME_RULE = "letters, digits, '_', '.' and '-' only";

    private final JsonNode node;
    private final FieldPath path;
    private final Problems problems;

    ConfigNode(JsonNode node, FieldPath path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** {@code value}, or {@code fallback} when it is null (absent or already reported). */
    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    FieldPath path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    boolean isPresent() {
        return node != null && !node.isMissingNode() && !node.isNull();
    }

    boolean isObject() {
        return isPresent() && node.isObject();
    }

    boolean isArray() {
        return isPresent() && node.isArray();
    }

    boolean isText() {
        return isPresent() && node.isTextual();
    }

    ConfigNode get(String field) {
        JsonNode child = node != null && node.isObject() ? node.get(field) : null;
        return new ConfigNode(child, path.field(field), problems);
    }

    /** The field, reporting a problem if it is absent or has no value. */
    ConfigNode require(String field, String expected) {
        ConfigNode child = get(field);
        if (child.node == null) {
            child.problem("required field is missing (expected " + expected + ")");
        } else if (!child.isPresent()) {
            child.problem("has no value (expected " + expected + ")");
        }
        return child;
    }

    void problem(String message) {
        problems.add(path, message);
    }

    /** True if the value is a mapping; reports a problem if it is present but is not. */
    boolean expectObject(String expected) {
        if (isPresent() && !node.isObject()) {
            problem("expected " + expected + ", got " + describe());
        }
        return isObject();
    }

    /** The field names of a mapping in file order (empty for anything else). */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The elements of a list; reports a problem and returns none if the value is not a list. */
    List<ConfigNode> elements(String expected) {
        List<ConfigNode> elements = new ArrayList<>();
        if (!isPresent()) {
            return elements;
        }
        if (!node.isArray()) {
            problem("expected " + expected + ", got " + describe());
            return elements;
        }
        for (int i = 0; i < node.size(); i++) {
            elements.add(new ConfigNode(node.get(i), path.index(i), problems));
        }
        return elements;
    }

    /** Reports every field of this mapping that {@code declared} does not declare, with a spelling hint. */
    void allowOnly(FieldSet declared) {
        allowOnly(declared.names(), declared.owner());
    }

    /** Reports every field of this mapping not in {@code allowed}, with a spelling hint. */
    void allowOnly(Collection<String> allowed, String owner) {
        for (String name : fieldNames()) {
            if (!allowed.contains(name)) {
                problems.add(path.field(name), "unknown field" + Suggestions.didYouMean(name, allowed)
                        + "; valid fields of " + owner + ": " + String.join(", ", allowed));
            }
        }
    }

    String text(String expected) {
        if (!isPresent()) {
            return null;
        }
        if (!node.isTextual()) {
            String hint = node.isNumber() || node.isBoolean() ? " (put it in quotes to make it text)" : "";
            problem("expected " + expected + ", got " + describe() + hint);
            return null;
        }
        return node.textValue();
    }

    /** Text that is not blank. */
    String nonBlank(String expected) {
        String text = text(expected);
        if (text != null && text.isBlank()) {
            problem("must not be blank (expected " + expected + ")");
            return null;
        }
        return text;
    }

    /** A name usable as a folder name and in trial ids. */
    String name(String what) {
        String text = text(what);
        if (text != null && !NAME.matcher(text).matches()) {
            problem(what + " '" + text + "' is not allowed: use " + NAME_RULE);
            return null;
        }
        return text;
    }

    /** One of a fixed set of words (case-insensitive; returned in the set's spelling). */
    String oneOf(String what, Collection<String> allowed) {
        String text = text(what + " (one of " + String.join(", ", allowed) + ")");
        if (text == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        problem(ProblemText.unknown(what, text, allowed));
        return null;
    }

    Double number(Range range) {
        if (!isPresent()) {
            return null;
        }
        if (!node.isNumber()) {
            problem("expected a number, got " + describe() + quotedNumberHint());
            return null;
        }
        return checked(node.doubleValue(), range);
    }

    Long integer(Range range) {
        if (!isPresent()) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            String got = node.isNumber() ? node.asText() : describe() + quotedNumberHint();
            problem("expected a whole number, got " + got);
            return null;
        }
        if (!node.canConvertToLong()) {
            problem("is too large for a 64-bit integer, got " + node.asText());
            return null;
        }
        Double checked = checked(node.longValue(), range);
        return checked == null ? null : node.longValue();
    }

    /** A whole number that also fits in a Java int. */
    Integer smallInteger(Range range) {
        Long value = integer(range);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            problem("is too large, must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + ", got " + value);
            return null;
        }
        return value == null ? null : value.intValue();
    }

    Boolean bool() {
        if (!isPresent()) {
            return null;
        }
        if (!node.isBoolean()) {
            problem("expected true or false, got " + describe());
            return null;
        }
        return node.booleanValue();
    }

    private Double checked(double value, Range range) {
        if (!Double.isFinite(value)) {
            problem("must be a finite number, got " + node.asText());
            return null;
        }
        if (!range.contains(value)) {
            problem(range.describe() + ", got " + node.asText());
            return null;
        }
        return value;
    }

    /** How the value looks, for "expected X, got Y" messages. */
    String describe() {
        return isPresent() ? ProblemText.describe(node) : "no value";
    }

    private String quotedNumberHint() {
        return ProblemText.quotedNumberHint(node);
    }
}
