package org.svosim.agents.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One template split once into literal text and {@code {{variable}}} placeholders, so that
 * rendering it (every prompt of every trial) appends parts instead of running regular
 * expressions: rendering was the largest cost of the trial actors.
 */
final class CompiledTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    /** Literal text, or a variable's name when {@code variable} is true. */
    private record Part(String text, boolean variable) {
    }

    private final List<Part> parts;
    private final int literalLength;

    private CompiledTemplate(List<Part> parts) {
        this.parts = List.copyOf(parts);
        this.literalLength = parts.stream().filter(p -> !p.variable()).mapToInt(p -> p.text().length()).sum();
    }

    static CompiledTemplate of(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), false));
            }
            parts.add(new Part(m.group(1), true));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return new CompiledTemplate(parts);
    }

    /**
     * Every placeholder replaced by its value (values are not expanded again), then trailing spaces
     * and tabs removed from every line.
     *
     * @throws IllegalArgumentException if a placeholder has no value
     */
    String render(String name, Map<String, String> vars) {
        StringBuilder out = new StringBuilder(literalLength + 64 * parts.size());
        for (Part p : parts) {
            if (!p.variable()) {
                out.append(p.text());
                continue;
            }
            String value = vars.get(p.text());
            if (value == null) {
                throw new IllegalArgumentException("prompt template '" + name + "' needs a value for {{"
                        + p.text() + "}} (given: " + String.join(", ", vars.keySet()) + ")");
            }
            out.append(value);
        }
        if (hasTrailingSpaces(out)) {
            stripTrailingSpaces(out);
        }
        return out.toString();
    }

    /** Removes, in place, every run of spaces and tabs that ends a line (or the text). */
    private static void stripTrailingSpaces(StringBuilder text) {
        int n = text.length();
        int write = 0;
        int k = 0;
        while (k < n) {
            char c = text.charAt(k);
            if (!isSpace(c)) {
                text.setCharAt(write++, c);
                k++;
                continue;
            }
            int end = k;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (end < n && text.charAt(end) != '\n') {
                for (int j = k; j < end; j++) {
                    text.setCharAt(write++, text.charAt(j));
                }
            }
            k = end;
        }
        text.setLength(write);
    }

    /** The text with every run of spaces and tabs that ends a line (or the text) removed. */
    static String withoutTrailingSpaces(CharSequence text) {
        if (!hasTrailingSpaces(text)) {
            return text.toString();
        }
        StringBuilder copy = new StringBuilder(text);
        stripTrailingSpaces(copy);
        return copy.toString();
    }

    private static boolean hasTrailingSpaces(CharSequence text) {
        int n = text.length();
        for (int k = 1; k < n; k++) {
            if (text.charAt(k) == '\n' && isSpace(text.charAt(k - 1))) {
                return true;
            }
        }
        return n > 0 && isSpace(text.charAt(n - 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
