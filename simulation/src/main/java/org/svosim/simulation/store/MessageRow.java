package org.svosim.simulation.store;

import org.svosim.agents.protocol.CallPurpose;
import org.svosim.agents.protocol.ModelRole;

/**
 * One row of the {@code messages} table: one message of a trial's conversation.
 *
 * @param trialId   the trial
 * @param seq       order within the trial's messages, from 0
 * @param modelRole whose conversation it belongs to (agent or extractor)
 * @param role      "system", "user" or "assistant"
 * @param purpose   the protocol step and item
 * @param text      the message text
 */
public record MessageRow(String trialId, int seq, ModelRole modelRole, String role, CallPurpose purpose,
                         String text) {
}
