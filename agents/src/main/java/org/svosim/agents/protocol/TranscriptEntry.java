package org.svosim.agents.protocol;

/**
 * One message of a trial's conversation as it was sent or received.
 *
 * @param seq     order within the trial, from 0
 * @param model   which model's conversation this message belongs to
 * @param role    "system", "user" or "assistant"
 * @param text    the message text
 * @param purpose the protocol step this message belongs to
 */
public record TranscriptEntry(int seq, ModelRole model, String role, String text, CallPurpose purpose) {
}
