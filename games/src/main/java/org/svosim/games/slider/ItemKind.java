package org.svosim.games.slider;

/** Whether a slider item enters the SVO angle (primary) or only the inequality-aversion index (secondary). */
public enum ItemKind {
    PRIMARY,
    SECONDARY
}
