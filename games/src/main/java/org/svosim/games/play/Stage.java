package org.svosim.games.play;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One step of a game: the questions asked at the same time (one for a sequential move, one per
 * player for simultaneous moves), answered without seeing each other's answers.
 *
 * @param round     1-based round the stage belongs to; payoffs are settled when a round ends
 * @param rounds    how many rounds the game has
 * @param questions at least one, at most one per player
 */
public record Stage(int round, int rounds, List<Question> questions) {
    public Stage {
        questions = List.copyOf(questions);
        if (round < 1 || round > rounds) {
            throw new IllegalArgumentException("round must be 1.." + rounds + ", got " + round);
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a stage needs at least one question");
        }
        Set<Integer> seats = new HashSet<>();
        for (Question q : questions) {
            if (!seats.add(q.player())) {
                throw new IllegalArgumentException("player " + q.player() + " is asked twice at one stage");
            }
        }
    }

    /** The position of {@code player}'s question in {@link #questions()}, or -1 if not asked. */
    public int indexOf(int player) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).player() == player) {
                return i;
            }
        }
        return -1;
    }
}
