package org.svosim.agents.parse;

import java.util.ArrayList;
import java.util.List;

/** Finds the top-level {@code {...}} spans in a text (inside code fences or not), braces in strings ignored. */
final class JsonObjects {
    private JsonObjects() {
    }

    /** Each balanced top-level brace span, in text order. */
    static List<String> candidates(String text) {
        List<String> spans = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (depth > 0 && (c == '"' || c == '\'')) {
                inString = true;
                quote = c;
            } else if (c == '{') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '}' && depth > 0 && --depth == 0) {
                spans.add(text.substring(start, i + 1));
            }
        }
        return spans;
    }
}
