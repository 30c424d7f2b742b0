package org.svosim.simulation.export;

import static org.svosim.simulation.export.Column.integer;
import static org.svosim.simulation.export.Column.of;
import static org.svosim.simulation.export.Column.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of each line of transcripts.jsonl, and of each element of its {@code messages}
 * list (documented as {@code messages[].field}).
 */
public final class TranscriptFields {
    /** The fields of one line's object, in writing order. */
    public static final List<Column> TRIAL = List.of(
            TrialColumns.TABLE.column("trial_id"),
            TrialColumns.TABLE.column("backend"),
            TrialColumns.TABLE.column("model_id"),
            TrialColumns.TABLE.column("value_label"),
            TrialColumns.TABLE.column("protocol"),
            TrialColumns.TABLE.column("repetition"),
            TrialColumns.TABLE.column("status"),
            TrialColumns.TABLE.column("goal_statement").as("goal_statement",
                    "the goal the agent stated (protocols with a goal prompt), else null"),
            of("messages", ColumnType.LIST, "", "the trial's messages in order, each an object with the"
                    + " `messages[].` fields below"));

    /** The fields of each element of {@code messages}, in writing order. */
    public static final List<Column> MESSAGE = List.of(
            integer("seq", "order of the message within the trial, from 0 (agent and extractor messages"
                    + " interleaved as they happened)"),
            text("model_role", "whose conversation: `agent` or `extractor`"),
            text("role", "`system`, `user` or `assistant`"),
            text("purpose", "protocol step: `induction`, `task`, `goal`, `item`, `reask`, `extract`"),
            integer("item_number", "the item the message concerns; null for steps about no item"),
            text("text", "the message text"));

    /** transcripts.jsonl as a documented file, message fields prefixed {@code messages[].}. */
    public static final OutputTable TABLE = new OutputTable(TranscriptsJsonl.FILE,
            "one JSON object per trial per line (JSON Lines, UTF-8), in plan order", all());

    private TranscriptFields() {
    }

    private static List<Column> all() {
        List<Column> all = new ArrayList<>(TRIAL);
        for (Column m : MESSAGE) {
            all.add(m.as("messages[]." + m.name(), m.meaning()));
        }
        return all;
    }
}
