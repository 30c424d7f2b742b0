package org.svosim.games.play;

import java.util.List;

/**
 * What one player is asked at a stage.
 *
 * @param player the deciding seat (0-based)
 * @param role   the decider's role in the game ("proposer", "responder", "row", "contributor")
 * @param choice the answers allowed
 * @param facts  what the decider is told beyond the rules, one plain sentence each: the first
 *               mover's move in a sequential game, the earlier rounds of a repeated game
 */
public record Question(int player, String role, Choice choice, List<String> facts) {
    public Question {
        if (player < 0) {
            throw new IllegalArgumentException("player seat must be >= 0, got " + player);
        }
        Require.name("role", role);
        if (choice == null) {
            throw new IllegalArgumentException("a question needs a choice");
        }
        facts = List.copyOf(facts);
    }
}
