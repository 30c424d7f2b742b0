package org.svosim.simulation.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.store.TrialRow;

/**
 * One cell of a backend's category confusion matrix (one row of confusion.csv): of the valid trials
 * induced with a named target category, how many were measured in a given category, and their share
 * of the row (all valid trials of that target). Explicit-angle targets have no category and are
 * left out. Every target category with a trial of the backend x protocol gets all four cells
 * (zeros included); the row share is null when that target has no valid trial.
 *
 * @param backend          the backend
 * @param protocol         the protocol variant
 * @param targetCategory   the induced category (the row)
 * @param measuredCategory the measured category (the column)
 * @param n                valid trials in the cell
 * @param rowShare         {@code n} divided by the row's valid trials, or null when the row is empty
 */
public record ConfusionCell(String backend, String protocol, SvoCategory targetCategory,
                            SvoCategory measuredCategory, int n, Double rowShare) {

    /**
     * The cells per backend x protocol in plan order; rows in category order (altruistic first),
     * columns likewise.
     */
    public static List<ConfusionCell> of(List<TrialRow> trials) {
        Map<List<String>, int[][]> counts = new LinkedHashMap<>();
        Map<List<String>, boolean[]> present = new LinkedHashMap<>();
        int k = SvoCategory.values().length;
        for (TrialRow t : trials) {
            if (t.targetCategory() == null) {
                continue;
            }
            List<String> group = List.of(t.backend(), t.protocol());
            int[][] matrix = counts.computeIfAbsent(group, g -> new int[k][k]);
            present.computeIfAbsent(group, g -> new boolean[k])[t.targetCategory().ordinal()] = true;
            if (t.valid() && t.category() != null) {
                matrix[t.targetCategory().ordinal()][t.category().ordinal()]++;
            }
        }
        List<ConfusionCell> out = new ArrayList<>();
        counts.forEach((group, matrix) -> {
            boolean[] rows = present.get(group);
            for (SvoCategory target : SvoCategory.values()) {
                if (!rows[target.ordinal()]) {
                    continue;
                }
                int[] row = matrix[target.ordinal()];
                int total = 0;
                for (int c : row) {
                    total += c;
                }
                for (SvoCategory measured : SvoCategory.values()) {
                    int n = row[measured.ordinal()];
                    out.add(new ConfusionCell(group.get(0), group.get(1), target, measured, n,
                            total == 0 ? null : n / (double) total));
                }
            }
        });
        return out;
    }
}
