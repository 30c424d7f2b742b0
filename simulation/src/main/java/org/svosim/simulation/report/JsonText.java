package org.svosim.simulation.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Short text views of JSON or YAML trees for table cells: "a=1, b=x", lists as "x, y". */
final class JsonText {
    private JsonText() {
    }

    /** The leaves of {@code node} as {@code name=value} (nested names without their parents), skipping nulls and {@code skip}. */
    static String settings(JsonNode node, List<String> skip) {
        List<String> parts = new ArrayList<>();
        collect(node, skip, parts);
        return String.join(", ", parts);
    }

    private static void collect(JsonNode node, List<String> skip, List<String> parts) {
        for (Map.Entry<String, JsonNode> e : fields(node)) {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                collect(v, skip, parts);
            } else if (!v.isNull() && !v.isMissingNode() && !skip.contains(e.getKey())) {
                parts.add(e.getKey() + "=" + scalar(v));
            }
        }
    }

    /** A scalar as text, a list as its elements joined with ", ", an object as its settings. */
    static String scalar(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(scalar(i)));
            return String.join(", ", items);
        }
        return v.isObject() ? settings(v, List.of()) : v.asText();
    }

    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(out::add);
        }
        return out;
    }
}
