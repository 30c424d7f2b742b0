package org.svosim.agents.protocol;

/**
 * Why a model call is made within an interview.
 *
 * @param kind       the step of the protocol
 * @param itemNumber the slider item concerned, or 0 for steps that concern no item
 */
public record CallPurpose(Kind kind, int itemNumber) {
    /** The protocol steps. */
    public enum Kind { INDUCTION, TASK, GOAL, ITEM, REASK, EXTRACT }

    public static CallPurpose of(Kind kind) {
        return new CallPurpose(kind, 0);
    }

    /** e.g. "item:3", "induction". */
    public String label() {
        String k = kind.name().toLowerCase(java.util.Locale.ROOT);
        return itemNumber == 0 ? k : k + ":" + itemNumber;
    }
}
