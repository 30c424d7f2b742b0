package org.svosim.simulation.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One backend x protocol combination: the unit that gets its own angle chart.
 *
 * @param backend  backend id
 * @param protocol protocol variant id
 */
public record BackendProtocol(String backend, String protocol) implements Comparable<BackendProtocol> {

    private static final Comparator<BackendProtocol> ORDER = Comparator
            .comparing(BackendProtocol::backend).thenComparing(BackendProtocol::protocol);

    public BackendProtocol {
        Objects.requireNonNull(backend, "backend must not be null");
        Objects.requireNonNull(protocol, "protocol must not be null");
    }

    /** The chart title for this combination. */
    public String title() {
        return AngleDistributionChart.titleFor(backend, protocol);
    }

    /**
     * A file base name safe on every file system, e.g. {@code angles_openai-gpt-4o_goal-prompt}:
     * characters other than letters, digits, '-' and '.' become '_'.
     */
    public String fileBaseName() {
        return fileBaseName("angles");
    }

    /** A file base name {@code <prefix>_<backend>_<protocol>}, made safe like {@link #fileBaseName()}. */
    public String fileBaseName(String prefix) {
        return prefix + "_" + safe(backend) + "_" + safe(protocol);
    }

    /** A short label for a panel or row: "backend" alone, or "backend, protocol" when protocols vary. */
    public String label(boolean withProtocol) {
        return withProtocol ? backend + ", " + protocol : backend;
    }

    /** Points grouped per combination, ordered by backend then protocol; input order kept inside. */
    public static Map<BackendProtocol, List<AnglePoint>> group(List<AnglePoint> points) {
        Map<BackendProtocol, List<AnglePoint>> groups = new TreeMap<>();
        for (AnglePoint p : points) {
            groups.computeIfAbsent(new BackendProtocol(p.backend(), p.protocol()), k -> new ArrayList<>()).add(p);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(groups);
    }

    @Override
    public int compareTo(BackendProtocol other) {
        return ORDER.compare(this, other);
    }

    private static String safe(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
    }
}
