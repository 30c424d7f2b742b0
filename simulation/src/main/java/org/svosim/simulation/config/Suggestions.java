package org.svosim.simulation.config;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" hints for misspelt names, by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The hint {@code " (did you mean 'x'?)"} for the candidate closest to {@code typed},
     * or an empty string if none is close (edit distance at most 1 for names shorter than five
     * characters, else at most max(2, length / 3)).
     */
    static String didYouMean(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String a = typed.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = distance(a, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = typed.length() < 5 ? 1 : Math.max(2, typed.length() / 3);
        return best != null && bestDistance <= allowed ? " (did you mean '" + best + "'?)" : "";
    }

    /**
     * Optimal string alignment distance: inserting, deleting or changing one character, or
     * swapping two neighbours ("gtp" -> "gpt"), each cost 1.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
