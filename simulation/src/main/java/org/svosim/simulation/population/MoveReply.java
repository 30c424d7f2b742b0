package org.svosim.simulation.population;

import java.util.List;
import org.svosim.simulation.run.CallRecord;

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
 * @param callRecords  every model call of the move, in order (stored in run.db's {@code calls} table)
 */
public record MoveReply(String agent, int player, int turn, Double answer, String failure, String question,
                        String reply, String parseNote, int calls, long latencyMs, Integer inputTokens,
                        Integer outputTokens, String modelId, List<CallRecord> callRecords) {
    public MoveReply {
        callRecords = List.copyOf(callRecords);
    }

    /** A move that never came (no reply within the referee's timeout). */
    static MoveReply timedOut(String agent, int player, int turn, double seconds) {
        return new MoveReply(agent, player, turn, null, "no move within " + seconds + " s (timeout)", null, null,
                null, 0, 0, null, null, null, List.of());
    }

    /** The id under which the move's calls are stored in the {@code calls} table: {@code <match>/<agent>/t<turn>}. */
    public static String callGroup(String matchId, MoveReply r) {
        return matchId + "/" + r.agent() + "/t" + r.turn();
    }

    /**
     * This move without its question and reply texts and call records: what a run keeps in memory
     * once the move is handed to the store (the texts are most of a move's size).
     */
    MoveReply withoutTexts() {
        return new MoveReply(agent, player, turn, answer, failure, null, null, parseNote, calls, latencyMs, inputTokens,
                outputTokens, modelId, List.of());
    }

    public boolean ok() {
        return answer != null;
    }
}
