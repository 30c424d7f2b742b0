package org.svosim.agents.protocol;

/**
 * One trial's conversation with an agent, as a state machine: it says which message to
 * send next and takes the reply. It performs no I/O, so the caller (an actor) decides how
 * and where model calls run. Not thread-safe: one owner.
 */
public interface Interview {

    /** The first step. Call once. */
    InterviewStep start();

    /** The text the model replied to the last {@link InterviewStep.Ask}. */
    InterviewStep onReply(String text);

    /** The last {@link InterviewStep.Ask} failed for good (after retries); ends the interview. */
    InterviewStep onFailure(String reason);
}
