package org.svosim.simulation.bias;

import java.util.Objects;
import org.svosim.simulation.endpoint.CallResult;

/**
 * A finished task: the call as it went and what was read from the reply.
 *
 * @param task   the task
 * @param call   the call (failed calls carry their error and no label)
 * @param label  BIASED / UNBIASED / REJECTED (JUDGE), AGREE / DISAGREE / UNCLEAR (RATE), null for EXPLAIN or a failed call
 * @param method how the label was read (the parser's method), or null
 * @param note   the parser's note, or null
 * @param text   the explanation body (EXPLAIN), else null
 */
public record BiasAnswer(BiasTask task, CallResult call, String label, String method, String note, String text) {
    public BiasAnswer {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(call, "call");
    }

    /** Whether the call returned a reply (a refusal is still a reply). */
    public boolean ok() {
        return call.ok();
    }
}
