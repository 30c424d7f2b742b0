package org.svosim.simulation.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repeated measurements of one figure: median and min-max, as BENCHMARKS.md reports them. */
record Measurements(String name, String unit, List<Double> values) {

    static Measurements of(String name, String unit, List<Double> values) {
        return new Measurements(name, unit, List.copyOf(values));
    }

    double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    String row(String target) {
        return String.format(Locale.ROOT, "| %s | %s | %s .. %s | %s | %d |", name, fmt(median()),
                fmt(Collections.min(values)), fmt(Collections.max(values)),
                unit.isEmpty() || !target.matches("[<>=]+ [0-9.,]+") ? target : target + " " + unit,
                values.size());
    }

    private String fmt(double v) {
        String n = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
        return unit.isEmpty() ? n : n + " " + unit;
    }
}
