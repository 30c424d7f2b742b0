package org.svosim.agents.judge;

/** One phrase found in a text: its label and where it ends. */
record LabelMatch<L>(L label, int start, int end) {
}
