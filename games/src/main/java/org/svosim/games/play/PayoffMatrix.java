package org.svosim.games.play;

import java.util.HashSet;
import java.util.List;

/**
 * An n x m payoff matrix for two players: seat 0 picks a row, seat 1 a column, and cell (i, j)
 * pays {@code rowPayoffs[i][j]} to seat 0 and {@code columnPayoffs[i][j]} to seat 1.
 *
 * @param rowLabels     labels of the n &gt;= 2 rows, distinct
 * @param columnLabels  labels of the m &gt;= 2 columns, distinct
 * @param rowPayoffs    n lists of m finite payoffs to the row player
 * @param columnPayoffs n lists of m finite payoffs to the column player
 */
public record PayoffMatrix(List<String> rowLabels, List<String> columnLabels,
                           List<List<Double>> rowPayoffs, List<List<Double>> columnPayoffs) {
    public PayoffMatrix {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        checkLabels("row", rowLabels);
        checkLabels("column", columnLabels);
        rowPayoffs = checkCells("row payoffs", rowPayoffs, rowLabels.size(), columnLabels.size());
        columnPayoffs = checkCells("column payoffs", columnPayoffs, rowLabels.size(), columnLabels.size());
    }

    /** The payoffs (row player, column player) of cell ({@code row}, {@code column}). */
    public Payoffs at(int row, int column) {
        return Payoffs.of(rowPayoffs.get(row).get(column), columnPayoffs.get(row).get(column));
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }

    private static void checkLabels(String what, List<String> labels) {
        if (labels.size() < 2) {
            throw new IllegalArgumentException("a payoff matrix needs at least 2 " + what + "s, got " + labels.size());
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException(what + " labels must be distinct, got " + labels);
        }
        labels.forEach(l -> Require.name(what + " label", l));
    }

    private static List<List<Double>> checkCells(String what, List<List<Double>> cells, int rows, int columns) {
        if (cells.size() != rows) {
            throw new IllegalArgumentException(what + " must have " + rows + " rows (one per row label), got " + cells.size());
        }
        for (int i = 0; i < rows; i++) {
            List<Double> row = cells.get(i);
            if (row.size() != columns) {
                throw new IllegalArgumentException(what + " row " + (i + 1) + " must have " + columns
                        + " entries (one per column label), got " + row.size());
            }
            row.forEach(v -> Require.finite(what + " entry", v));
        }
        return cells.stream().map(List::copyOf).toList();
    }
}
