package org.svosim.simulation.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one load, each placed at the line and column of the field it
 * is about. Several files (the config and its templates file) can share one list.
 */
final class Problems {
    private final Path file;
    private final SourcePositions positions;
    private final List<ConfigProblem> sink;

    Problems(YamlDocument document) {
        this(document.file(), document.positions(), new ArrayList<>());
    }

    private Problems(Path file, SourcePositions positions, List<ConfigProblem> sink) {
        this.file = file;
        this.positions = positions;
        this.sink = sink;
    }

    /** A collector for another file that adds to the same list. */
    Problems forDocument(YamlDocument other) {
        return new Problems(other.file(), other.positions(), sink);
    }

    /** Records a problem with the field at {@code path}. */
    void add(FieldPath path, String message) {
        SourcePositions.Position at = positions.of(path);
        sink.add(new ConfigProblem(file, at.line(), at.column(), path.display(), message));
    }

    /** Records problems found elsewhere (e.g. a templates file that would not parse). */
    void addAll(List<ConfigProblem> problems) {
        sink.addAll(problems);
    }

    /** Records every key given twice in this collector's file. */
    void addDuplicateKeys() {
        for (SourcePositions.DuplicateKey d : positions.duplicates()) {
            sink.add(new ConfigProblem(file, d.again().line(), d.again().column(), d.path().display(),
                    "key given twice (first at line " + d.first().line() + "); give each key once"));
        }
    }

    boolean isEmpty() {
        return sink.isEmpty();
    }

    /** Throws the collected problems, grouped by file and ordered by position, if there are any. */
    void throwIfAny() throws ConfigException {
        if (sink.isEmpty()) {
            return;
        }
        Map<Path, List<ConfigProblem>> byFile = new LinkedHashMap<>();
        for (ConfigProblem p : sink) {
            byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
        }
        List<ConfigProblem> ordered = new ArrayList<>();
        for (List<ConfigProblem> group : byFile.values()) {
            group.sort(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
            ordered.addAll(group);
        }
        throw new ConfigException(ordered);
    }
}
