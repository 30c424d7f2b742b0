package org.svosim.agents.judge;

/** What {@link CuedLabelReader} read: a label (null when none), how, and a note. */
record LabelReading<L>(L label, ReadMethod method, String note) {
    static <L> LabelReading<L> none(String note) {
        return new LabelReading<>(null, ReadMethod.NONE, note);
    }
}
