package org.svosim.simulation.population;

/**
 * An agent's answer to one question of a match, or why there is none, with what it cost.
 *
 * @param agent        the answering agent
 * @param player       its seat
 * @param turn         0-based turn of the match the question belongs to
 * @param answer       the answer (option index or amount), or null when the move failed
 * @param failure      why there is no answer (failed call, unclear reply, timeout), else null
 * @param question     the question text as sent
 * @param reply        the last reply text, or null
 * @param parseNote    how the reply was read, or why not
 * @param calls        model calls made for the move (a re-ask is a second call)
 * @param latencyMs    summed call latency
 * @param inputTokens  summed prompt tokens reported, or null if none were
 * @param outputTokens summed completion tokens reported, or null if none were
 * @param modelId      model id reported by the last call, or null
 */
public record MoveReply(String agent, int player, int turn, Double answer, String failure, String question,
                        String reply, String parseNote, int calls, long latencyMs, Integer inputTokens,
                        Integer outputTokens, String modelId) {

    /** A move that never came (no reply within the referee's timeout). */
    static MoveReply timedOut(String agent, int player, int turn, double seconds) {
        return new MoveReply(agent, player, turn, null, "no move within " + seconds + " s (timeout)", null, null,
                null, 0, 0, null, null, null);
    }

    public boolean ok() {
        return answer != null;
    }
}
