package org.svosim.games.play;

/**
 * One answer of a finite option list.
 *
 * @param label       what the decider answers with ("A", "cooperate", "accept")
 * @param description what the option means for the payoffs, in plain words
 */
public record Option(String label, String description) {
    public Option {
        Require.name("option label", label);
        description = description == null ? "" : description;
    }
}
