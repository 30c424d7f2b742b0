package org.svosim.simulation.bias.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What was read from a source: the values, the rows skipped (with reasons) and how many rows
 * were read in all (rows left out on purpose, such as BBQ's disambiguated contexts, are
 * neither values nor skips).
 *
 * @param values  the values read, in file order
 * @param skipped the rows that gave no value
 * @param rows    how many data rows were read
 * @param <T>     what a row gives
 */
public record Loaded<T>(List<T> values, List<SkippedRow> skipped, int rows) {
    public Loaded {
        values = List.copyOf(values);
        skipped = List.copyOf(skipped);
    }

    /** This and {@code other} together (values and skips appended). */
    public Loaded<T> plus(Loaded<T> other) {
        List<T> v = new ArrayList<>(values);
        v.addAll(other.values);
        List<SkippedRow> s = new ArrayList<>(skipped);
        s.addAll(other.skipped);
        return new Loaded<>(v, s, rows + other.rows);
    }

    /**
     * The values, if no row was skipped.
     *
     * @throws ScenarioSourceException listing up to ten skipped rows with their reasons
     */
    public List<T> requireNoSkips() throws ScenarioSourceException {
        if (skipped.isEmpty()) {
            return values;
        }
        String first = skipped.stream().limit(10).map(SkippedRow::toString).collect(Collectors.joining("\n  "));
        throw new ScenarioSourceException(skipped.size() + " malformed row(s):\n  " + first
                + (skipped.size() > 10 ? "\n  ..." : ""));
    }
}
