package org.svosim.simulation.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line and column of every key and value of a YAML document, by JSON pointer
 * ({@code /backends/gpt/temperature}), found by walking Jackson's token stream once.
 * Also remembers keys given twice in the same mapping.
 */
final class SourcePositions {

    /** A 1-based line and column. */
    record Position(int line, int column) {
        static Position of(JsonLocation location) {
            return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
    }

    /** A key that appears a second time in one mapping. */
    record DuplicateKey(FieldPath path, Position first, Position again) {
    }

    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, Position> values = new HashMap<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();

    private SourcePositions() {
    }

    /** Scans {@code text}; throws Jackson's exception (with its location) on a syntax error. */
    static SourcePositions scan(YAMLFactory factory, String text) throws IOException {
        SourcePositions positions = new SourcePositions();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                positions.record(parser, token);
            }
        }
        return positions;
    }

    private void record(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            return;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        Position here = Position.of(parser.currentTokenLocation());
        if (token == JsonToken.FIELD_NAME) {
            Position first = keys.putIfAbsent(pointer, here);
            if (first != null) {
                duplicates.add(new DuplicateKey(new FieldPath(pointer, display(parser.getParsingContext())), first, here));
            }
        } else {
            values.putIfAbsent(pointer, here);
        }
    }

    private static String display(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = display(context.getParent());
        if (context.inArray()) {
            return parent + "[" + context.getCurrentIndex() + "]";
        }
        String name = context.getCurrentName();
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /**
     * Where a path is written: its key if it has one, else its value (list elements), else
     * the nearest enclosing value (for fields that are missing).
     */
    Position of(FieldPath path) {
        String pointer = path.pointer();
        while (true) {
            Position p = keys.getOrDefault(pointer, values.get(pointer));
            if (p != null) {
                return p;
            }
            if (pointer.isEmpty()) {
                return new Position(1, 1);
            }
            int slash = pointer.lastIndexOf('/');
            pointer = pointer.substring(0, slash);
        }
    }

    /** Keys given twice in one mapping, in file order. */
    List<DuplicateKey> duplicates() {
        return List.copyOf(duplicates);
    }
}
