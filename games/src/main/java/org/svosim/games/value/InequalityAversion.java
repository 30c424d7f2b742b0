package org.svosim.games.value;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The inequality-aversion index from the nine secondary Murphy items 7..15 (SVO.md section 3).
 *
 * <p>Each answer is a position 1..9 (A..I). For each ideal type X the distance is
 * {@code D_X = mean over items of |chosen - ideal_X| / 8}, skipping items without an ideal
 * (the joint-gain type has none on items 8, 11 and 13). Each distance lies in [0, 1].
 *
 * <p>{@link #index()} is {@code D_IA / (D_IA + D_JG)} (0 = inequality averse, 1 = joint-gain
 * maximiser) and is defined only if D_IA and D_JG are <em>strictly</em> smaller than both D_IND
 * and D_ALT: when D_IND or D_ALT ties with the larger of the two, "the two smallest" is not
 * {IA, JG} unambiguously and the index is empty. A tie between D_IA and D_JG themselves is
 * fine (index 0.5). {@code D_IA + D_JG} is never 0 for valid answers, since the two ideals
 * differ on every item the joint-gain type rates; the index is empty if it were.
 *
 * @param inequalityAverseDistance D_IA
 * @param jointGainDistance        D_JG (over items 7, 9, 10, 12, 14, 15)
 * @param individualistDistance    D_IND
 * @param altruistDistance         D_ALT
 */
public record InequalityAversion(
        double inequalityAverseDistance,
        double jointGainDistance,
        double individualistDistance,
        double altruistDistance) {

    /** Number of the first secondary item. */
    public static final int FIRST_ITEM = 7;
    /** Number of the last secondary item. */
    public static final int LAST_ITEM = 15;

    private static final int NO_IDEAL = 0;
    private static final int[] INEQUALITY_AVERSE = {6, 5, 4, 7, 5, 8, 5, 3, 2};
    private static final int[] JOINT_GAIN = {9, NO_IDEAL, 1, 9, NO_IDEAL, 9, NO_IDEAL, 1, 1};
    private static final int[] INDIVIDUALIST = {1, 9, 1, 1, 9, 9, 9, 1, 9};
    private static final int[] ALTRUIST = {9, 1, 9, 9, 1, 1, 1, 9, 1};
    private static final int OPTIONS = 9;

    /**
     * Distances of a complete set of secondary answers.
     *
     * @param choices chosen option index (0 = 'A' .. 8 = 'I') by item number; must contain all of
     *                items 7..15 (other item numbers are ignored)
     * @throws IllegalArgumentException if an item 7..15 is missing or its index is not 0..8
     */
    public static InequalityAversion of(Map<Integer, Integer> choices) {
        int[] positions = new int[OPTIONS];
        for (int item = FIRST_ITEM; item <= LAST_ITEM; item++) {
            Integer choice = choices.get(item);
            if (choice == null) {
                throw new IllegalArgumentException("the inequality-aversion index needs answers to all secondary items "
                        + FIRST_ITEM + ".." + LAST_ITEM + "; item " + item + " is missing");
            }
            if (choice < 0 || choice >= OPTIONS) {
                throw new IllegalArgumentException("item " + item + ": option index " + choice
                        + " is out of range; expected 0..8 (A..I)");
            }
            positions[item - FIRST_ITEM] = choice + 1;
        }
        return new InequalityAversion(
                distance(positions, INEQUALITY_AVERSE),
                distance(positions, JOINT_GAIN),
                distance(positions, INDIVIDUALIST),
                distance(positions, ALTRUIST));
    }

    /** D_IA / (D_IA + D_JG) if D_IA and D_JG are strictly the two smallest distances, else empty. */
    public OptionalDouble index() {
        double larger = Math.max(inequalityAverseDistance, jointGainDistance);
        double smallerOther = Math.min(individualistDistance, altruistDistance);
        double sum = inequalityAverseDistance + jointGainDistance;
        if (larger >= smallerOther || sum == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(inequalityAverseDistance / sum);
    }

    private static double distance(int[] positions, int[] ideal) {
        int total = 0;
        int counted = 0;
        for (int i = 0; i < positions.length; i++) {
            if (ideal[i] != NO_IDEAL) {
                total += Math.abs(positions[i] - ideal[i]);
                counted++;
            }
        }
        // One division of exact integers: equal distances compare equal exactly.
        return total / (8.0 * counted);
    }
}
