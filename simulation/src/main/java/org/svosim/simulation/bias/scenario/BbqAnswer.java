package org.svosim.simulation.bias.scenario;

/**
 * One of a BBQ item's three answers.
 *
 * @param key   ans0, ans1 or ans2
 * @param text  the answer as shown (e.g. "The grandfather", "Can't be determined")
 * @param name  answer_info's first entry (e.g. "grandfather", "British")
 * @param label answer_info's second entry, the group label (e.g. "old", "Europe", "unknown")
 */
record BbqAnswer(String key, String text, String name, String label) {
    boolean isUnknown() {
        return label.equalsIgnoreCase("unknown");
    }
}
