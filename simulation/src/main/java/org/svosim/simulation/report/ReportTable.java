package org.svosim.simulation.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table for the report, with cells already formatted as text (null shows as an empty cell).
 * Cells are escaped when written, so model-provided text is safe here.
 *
 * @param title   what the table shows
 * @param caption how to read it: units, intervals, what an empty cell means
 * @param header  column names
 * @param rows    the rows, each as long as the header
 */
public record ReportTable(String title, String caption, List<String> header, List<List<String>> rows) {
    public ReportTable {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("table '" + title + "': row " + i + " has " + rows.get(i).size()
                        + " cells, the header has " + header.size());
            }
        }
    }
}
