package org.svosim.simulation.estimate;

import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.InterviewStep;
import org.svosim.agents.protocol.ModelRole;

/**
 * The replies an estimate assumes: the cheapest trial (every answer a clear single letter at the
 * first asking, short answers elsewhere) or the costliest (every reply as long as the backend's
 * max tokens and never a clear answer, so every re-ask and the extractor are used).
 */
public enum ReplyScript {
    CHEAPEST,
    COSTLIEST;

    /** Tokens of a short free-text reply (induction, task, goal) in the cheapest trial. */
    static final int SHORT_REPLY_TOKENS = 40;

    /** The reply to {@code ask}; its length in tokens is {@code characters / 4}, as the estimates count. */
    String reply(InterviewStep.Ask ask, int maxReplyTokens) {
        if (this == COSTLIEST) {
            return ask.role() == ModelRole.EXTRACTOR ? "NONE" : "hmm ".repeat(maxReplyTokens);
        }
        CallPurpose.Kind kind = ask.purpose().kind();
        boolean answer = kind == CallPurpose.Kind.ITEM || kind == CallPurpose.Kind.REASK
                || kind == CallPurpose.Kind.EXTRACT;
        return answer ? "A" : "word ".repeat(SHORT_REPLY_TOKENS - 1) + "done.";
    }
}
