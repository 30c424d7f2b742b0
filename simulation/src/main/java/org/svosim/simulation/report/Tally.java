package org.svosim.simulation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts occurrences of a text (a failure reason, an unreadable reply) and which backends they came from. */
final class Tally {
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Set<String>> backends = new LinkedHashMap<>();

    void add(String text, String backend) {
        String key = text == null ? "(no reason recorded)" : text;
        counts.merge(key, 1, Integer::sum);
        backends.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(backend);
    }

    /** Rows {text (shortened), count, backends}, most frequent first (ties in first-seen order), at most {@code limit}. */
    List<List<String>> rows(int maxChars, int limit) {
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparing((String k) -> -counts.get(k)));
        List<List<String>> rows = new ArrayList<>();
        for (String k : keys.subList(0, Math.min(limit, keys.size()))) {
            rows.add(Arrays.asList(Cells.shortened(k, maxChars), Integer.toString(counts.get(k)),
                    String.join(", ", backends.get(k))));
        }
        return rows;
    }

    int distinct() {
        return counts.size();
    }
}
