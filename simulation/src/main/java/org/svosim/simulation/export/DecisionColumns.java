package org.svosim.simulation.export;

import static org.svosim.simulation.export.Column.integer;
import static org.svosim.simulation.export.Column.of;
import static org.svosim.simulation.export.Column.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of decisions.csv: those of the {@code decisions} table of run.db with the trial's
 * condition joined in, so the file stands alone. One definition behind the header and the docs.
 */
public final class DecisionColumns {
    /** The columns of the {@code decisions} table of run.db, in table order. */
    public static final List<Column> STORED = List.of(
            text("trial_id", "the trial (`trials.trial_id`)"),
            integer("item_number", "the item, from 1 (Murphy et al.: 1-6 primary, 7-15 secondary)"),
            integer("position", "order in which the item was asked within the trial, from 0"),
            text("shown_order", "how the options were displayed: `A=C,B=A,...` means displayed letter A showed"
                    + " published option C; `A=A,B=B,...` is the published order"),
            text("shown_letter", "the letter the agent chose, as displayed"),
            integer("chosen_option", "chosen option's published index, from 0; missing when the answer is invalid"
                    + " (as every choice column)"),
            text("chosen_letter", "chosen option's published letter (`A`..`I`); compare across trials with this,"
                    + " not `shown_letter`"),
            of("payoff_self", ColumnType.DECIMAL, "coins", "payoff to self of the chosen option"),
            of("payoff_other", ColumnType.DECIMAL, "coins", "payoff to the other of the chosen option"),
            text("method", "how the answer was read: `exact` (the reply was just the answer), `pattern` (an"
                    + " explicit answer pattern in a longer reply), `reasked` (came from a re-asked question),"
                    + " `extractor` (a separate extractor model mapped the reply), `invalid` (no answer)"),
            integer("attempts", "times the question was asked (1 + re-asks)"),
            text("raw_reply", "the agent's reply the answer was finally read from, exactly as received"));

    private static final Column TRIAL_STATUS = TrialColumns.TABLE.column("status").as("trial_status",
            "the trial's `status` (`valid`, `invalid`, `failed`); filter on it to keep answers of scored trials");
    private static final Column ITEM_KIND = text("item_kind",
            "`primary` (enters the SVO angle) or `secondary` (inequality-aversion index only)");

    /** Every column of decisions.csv, in file order. */
    public static final List<Column> ALL = csvColumns();

    /** decisions.csv as a documented file. */
    public static final OutputTable TABLE = new OutputTable(DecisionsCsv.FILE,
            "one row per item answer, in plan order of the trials and asking order within a trial", ALL);

    private DecisionColumns() {
    }

    private static List<Column> csvColumns() {
        OutputTable stored = new OutputTable("decisions", "", STORED);
        List<Column> all = new ArrayList<>();
        all.add(stored.column("trial_id"));
        for (String joined : List.of("backend", "provider", "model_id", "value_label", "target_degrees", "protocol",
                "repetition")) {
            all.add(TrialColumns.TABLE.column(joined));
        }
        all.add(TRIAL_STATUS);
        all.add(stored.column("item_number"));
        all.add(ITEM_KIND);
        all.addAll(STORED.subList(2, STORED.size()));
        return List.copyOf(all);
    }
}
