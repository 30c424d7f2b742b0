package org.svosim.games.bias;

/**
 * Fleiss' kappa for a fixed number n of raters per subject:
 * {@code (P̄ - P̄e) / (1 - P̄e)}, where {@code P_i = (sum_j n_ij² - n) / (n(n - 1))} is the
 * agreement on subject i, {@code P̄} its mean, {@code p_j} the share of all ratings in
 * category j and {@code P̄e = sum_j p_j²}. Undefined (NaN) with no subjects or when
 * {@code P̄e = 1} (every rating in one category).
 */
public final class FleissKappa {
    private FleissKappa() {
    }

    /**
     * Kappa from {@code counts[i][j]}: how many raters put subject i in category j. Every row
     * must have the same number of categories and the same total n >= 2.
     */
    public static double of(int[][] counts) {
        if (counts.length == 0) {
            return Double.NaN;
        }
        int categories = counts[0].length;
        int raters = rowSum(counts[0], 0);
        if (raters < 2) {
            throw new IllegalArgumentException("Fleiss' kappa needs at least 2 ratings per subject, subject 0 has " + raters);
        }
        double[] categoryTotals = new double[categories];
        double agreementSum = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != categories) {
                throw new IllegalArgumentException("subject " + i + " has " + counts[i].length
                        + " categories, expected " + categories);
            }
            if (rowSum(counts[i], i) != raters) {
                throw new IllegalArgumentException("subject " + i + " has " + rowSum(counts[i], i)
                        + " ratings, expected " + raters + " like subject 0");
            }
            double squares = 0;
            for (int j = 0; j < categories; j++) {
                squares += (double) counts[i][j] * counts[i][j];
                categoryTotals[j] += counts[i][j];
            }
            agreementSum += (squares - raters) / ((double) raters * (raters - 1));
        }
        double meanAgreement = agreementSum / counts.length;
        double allRatings = (double) counts.length * raters;
        double expected = 0;
        for (double total : categoryTotals) {
            expected += (total / allRatings) * (total / allRatings);
        }
        return expected >= 1 ? Double.NaN : (meanAgreement - expected) / (1 - expected);
    }

    private static int rowSum(int[] row, int subject) {
        int sum = 0;
        for (int c : row) {
            if (c < 0) {
                throw new IllegalArgumentException("subject " + subject + " has a negative count");
            }
            sum += c;
        }
        return sum;
    }
}
