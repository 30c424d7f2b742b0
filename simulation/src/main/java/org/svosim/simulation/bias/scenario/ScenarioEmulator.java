package org.svosim.simulation.bias.scenario;

/**
 * Turns a CrowS-Pairs sentence into a short realistic scenario that carries the same bias (the
 * paper's "emulator"). The runtime implements it with a language model; this package only
 * calls it through {@link CrowsPairsScenarios#emulated} and caches what it returns.
 */
public interface ScenarioEmulator {
    /**
     * What determines the emulator's output apart from the sentence: model, prompt wording and
     * sampling (e.g. "openai:gpt-4o-mini|t=0|prompt=sha256:ab12..."). It is part of every cache
     * key, so a changed emulator never reuses another one's scenarios.
     */
    String identity();

    /**
     * A scenario for {@code pair.sentMore()}; blank or an exception means no scenario (the pair
     * is then skipped with the reason, and nothing is cached).
     */
    String emulate(CrowsPair pair) throws Exception;
}
