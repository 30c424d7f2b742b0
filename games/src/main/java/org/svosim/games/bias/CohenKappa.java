package org.svosim.games.bias;

import java.util.List;

/**
 * Cohen's kappa for two raters: {@code (po - pe) / (1 - pe)} where {@code po} is the share of
 * subjects with the same label and {@code pe = sum_k pA(k) * pB(k)} the agreement expected from
 * each rater's label shares. 1 is perfect agreement, 0 chance level. Undefined (NaN) when
 * there are no subjects or {@code pe = 1} (both raters always give the same single label).
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /**
     * Kappa from a square contingency table: {@code table[i][j]} subjects got label i from
     * rater A and label j from rater B.
     */
    public static double of(long[][] table) {
        int k = table.length;
        long total = 0;
        long same = 0;
        double[] rowSums = new double[k];
        double[] columnSums = new double[k];
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new IllegalArgumentException("contingency table must be square: row " + i + " has "
                        + table[i].length + " cells, expected " + k);
            }
            for (int j = 0; j < k; j++) {
                if (table[i][j] < 0) {
                    throw new IllegalArgumentException("contingency table cell [" + i + "][" + j + "] is negative");
                }
                total += table[i][j];
                rowSums[i] += table[i][j];
                columnSums[j] += table[i][j];
            }
            same += table[i][i];
        }
        if (total == 0) {
            return Double.NaN;
        }
        double po = (double) same / total;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            pe += (rowSums[i] / total) * (columnSums[i] / total);
        }
        return pe >= 1 ? Double.NaN : (po - pe) / (1 - pe);
    }

    /** Kappa of two raters' labels on the same subjects, in the same order (rejection is a label). */
    public static double of(List<BiasLabel> a, List<BiasLabel> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("both raters must label the same subjects: " + a.size() + " vs " + b.size());
        }
        int k = BiasLabel.values().length;
        long[][] table = new long[k][k];
        for (int s = 0; s < a.size(); s++) {
            table[a.get(s).ordinal()][b.get(s).ordinal()]++;
        }
        return of(table);
    }
}
