package org.svosim.agents.protocol;

/** A prompt protocol variant: how an agent is induced and asked the slider items. */
public sealed interface ProtocolSpec permits ProtocolSpec.Hvae, ProtocolSpec.Direct {

    /** The variant's name as given in the config (e.g. "hvae-goal"). */
    String name();

    /** Item and option order. */
    ItemOrder order();

    /** How often an unclear reply is asked again before it counts as invalid (or goes to the extractor). */
    int maxReasks();

    /**
     * The multi-turn dialogue of Zhang et al. (HVAE): value induction, task instruction,
     * optional goal prompt, the items one per turn, re-ask, optional extractor model.
     *
     * @param extractor name of the backend used as extractor, or null for none
     */
    record Hvae(String name, boolean goalPrompt, int maxReasks, String extractor, ItemOrder order)
            implements ProtocolSpec {
        public boolean usesExtractor() {
            return extractor != null;
        }
    }

    /** One system prompt holding the persona; each item asked in its own single-turn request. */
    record Direct(String name, AnswerFormat format, int maxReasks, ItemOrder order) implements ProtocolSpec {
    }
}
