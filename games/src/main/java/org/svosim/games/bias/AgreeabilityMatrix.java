package org.svosim.games.bias;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The explanation agreeability matrix: for every rater and explanation author, the share of
 * AGREE among the readable ratings, and every rater's self-preference.
 */
public final class AgreeabilityMatrix {
    private final Map<String, Map<String, int[]>> counts;

    private AgreeabilityMatrix(Map<String, Map<String, int[]>> counts) {
        this.counts = counts;
    }

    /** The matrix of {@code ratings}. */
    public static AgreeabilityMatrix of(Collection<ExplanationRating> ratings) {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        for (ExplanationRating r : ratings) {
            int[] c = counts.computeIfAbsent(r.rater(), k -> new TreeMap<>())
                    .computeIfAbsent(r.author(), k -> new int[RatingLabel.values().length]);
            c[r.label().ordinal()]++;
        }
        return new AgreeabilityMatrix(counts);
    }

    /** The raters, sorted. */
    public List<String> raters() {
        return List.copyOf(counts.keySet());
    }

    /** The explanation authors any rater rated, sorted. */
    public List<String> authors() {
        TreeSet<String> authors = new TreeSet<>();
        counts.values().forEach(m -> authors.addAll(m.keySet()));
        return List.copyOf(authors);
    }

    /** Every (rater, author) cell that has ratings, by rater then author. */
    public List<AgreeabilityCell> cells() {
        List<AgreeabilityCell> cells = new ArrayList<>();
        counts.forEach((rater, byAuthor) -> byAuthor.forEach((author, c) -> cells.add(cell(rater, author, c))));
        return cells;
    }

    /** The cell of {@code rater} rating {@code author}'s explanations (an empty rate when there are none). */
    public AgreeabilityCell cell(String rater, String author) {
        int[] c = counts.getOrDefault(rater, Map.of()).get(author);
        return cell(rater, author, c == null ? new int[RatingLabel.values().length] : c);
    }

    /** Self-preference of every rater that rated its own explanations, sorted by rater. */
    public List<SelfPreference> selfPreferences() {
        List<SelfPreference> result = new ArrayList<>();
        counts.forEach((rater, byAuthor) -> {
            if (!byAuthor.containsKey(rater)) {
                return;
            }
            int[] others = new int[RatingLabel.values().length];
            byAuthor.forEach((author, c) -> {
                if (!author.equals(rater)) {
                    for (int i = 0; i < others.length; i++) {
                        others[i] += c[i];
                    }
                }
            });
            Rate own = agreeability(byAuthor.get(rater));
            Rate other = agreeability(others);
            result.add(new SelfPreference(rater, own, other, own.estimate() - other.estimate()));
        });
        return result;
    }

    private static AgreeabilityCell cell(String rater, String author, int[] c) {
        return new AgreeabilityCell(rater, author, agreeability(c), c[RatingLabel.UNCLEAR.ordinal()]);
    }

    private static Rate agreeability(int[] c) {
        int agree = c[RatingLabel.AGREE.ordinal()];
        return Rate.wilson(agree, agree + c[RatingLabel.DISAGREE.ordinal()]);
    }
}
