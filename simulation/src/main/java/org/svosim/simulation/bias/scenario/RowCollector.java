package org.svosim.simulation.bias.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Collects what rows give and why rows were skipped, refusing a repeated key. */
final class RowCollector<T> {
    /** Reads one row; a {@link RowProblem} skips it. */
    interface RowReader<T> {
        T read() throws RowProblem;
    }

    private final Path file;
    private final Function<T, String> key;
    private final List<T> values = new ArrayList<>();
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private int rows;

    /** @param key the key that must not repeat, and how a repeat is described ("repeats id X") */
    RowCollector(Path file, Function<T, String> key) {
        this.file = file;
        this.key = key;
    }

    void add(long line, RowReader<T> reader) {
        rows++;
        try {
            T value = reader.read();
            String k = key.apply(value);
            if (!keys.add(k)) {
                throw new RowProblem("repeats " + k);
            }
            values.add(value);
        } catch (RowProblem p) {
            skipped.add(new SkippedRow(file, line, p.getMessage()));
        }
    }

    Loaded<T> loaded() {
        return new Loaded<>(values, skipped, rows);
    }
}
