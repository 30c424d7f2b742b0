package org.svosim.games.play;

import java.util.ArrayList;
import java.util.List;

/** The turns played so far in one game, oldest first. Immutable; {@link #with} returns a longer copy. */
public record History(List<Turn> turns) {
    private static final History EMPTY = new History(List.of());

    public History {
        turns = List.copyOf(turns);
    }

    /** The history of a game not yet started. */
    public static History empty() {
        return EMPTY;
    }

    /** This history followed by {@code turn}. */
    public History with(Turn turn) {
        List<Turn> longer = new ArrayList<>(turns.size() + 1);
        longer.addAll(turns);
        longer.add(turn);
        return new History(longer);
    }

    /** The first {@code n} turns. */
    public History prefix(int n) {
        if (n < 0 || n > turns.size()) {
            throw new IllegalArgumentException("prefix length must be 0.." + turns.size() + ", got " + n);
        }
        return new History(turns.subList(0, n));
    }

    public int size() {
        return turns.size();
    }

    public Turn turn(int index) {
        return turns.get(index);
    }
}
