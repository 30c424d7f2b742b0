package org.svosim.simulation.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.RunReader;

/**
 * What the statistics and the report need from the item answers, condensed in one pass over the
 * decisions table (rows are fed in, never kept): per trial the answer counts and the payoff sums over
 * the primary items, and the few answers no choice could be read from.
 */
public final class AnswerTotals implements Consumer<DecisionRow> {
    private final Set<Integer> primaryItems;
    private final Map<String, TrialAnswers> byTrial = new HashMap<>();
    private final List<DecisionRow> invalid = new ArrayList<>();

    /** Empty totals; payoffs are summed over the answers to {@code primaryItems}. */
    public AnswerTotals(Set<Integer> primaryItems) {
        this.primaryItems = Set.copyOf(primaryItems);
    }

    /**
     * The totals of every answer in the run database, counted and summed by the database in one pass
     * (the same totals as feeding it every decision, without reading a decision row).
     */
    public static AnswerTotals read(RunReader reader, Set<Integer> primaryItems) {
        AnswerTotals totals = new AnswerTotals(primaryItems);
        reader.forEachAnswerCount(totals.primaryItems, c -> {
            TrialAnswers t = new TrialAnswers();
            t.answers = c.answers();
            t.invalid = c.invalid();
            t.reasked = c.reasked();
            t.extractor = c.extractor();
            t.primaryWithPayoffs = c.primaryWithPayoffs();
            t.payoffSelf = c.payoffSelf();
            t.payoffOther = c.payoffOther();
            totals.byTrial.put(c.trialId(), t);
        });
        totals.invalid.addAll(reader.invalidDecisions());
        return totals;
    }

    /** The totals of a list of answers. */
    public static AnswerTotals of(List<DecisionRow> decisions, Set<Integer> primaryItems) {
        AnswerTotals totals = new AnswerTotals(primaryItems);
        decisions.forEach(totals);
        return totals;
    }

    @Override
    public void accept(DecisionRow d) {
        TrialAnswers t = byTrial.computeIfAbsent(d.trialId(), k -> new TrialAnswers());
        t.answers++;
        t.invalid += d.method() == ParseMethod.INVALID ? 1 : 0;
        t.reasked += d.attempts() > 1 ? 1 : 0;
        t.extractor += d.method() == ParseMethod.EXTRACTOR ? 1 : 0;
        if (d.method() == ParseMethod.INVALID) {
            invalid.add(d);
        }
        if (primaryItems.contains(d.itemNumber()) && d.payoffSelf() != null && d.payoffOther() != null) {
            t.payoffSelf += d.payoffSelf();
            t.payoffOther += d.payoffOther();
            t.primaryWithPayoffs++;
        }
    }

    /** Adds the totals of answers to other trials, read after these (e.g. a later part of the plan). */
    public void addAll(AnswerTotals later) {
        byTrial.putAll(later.byTrial);
        invalid.addAll(later.invalid);
    }

    /**
     * Puts the answers no choice could be read from into {@code order} (stable), for totals fed in another
     * order than the one {@link #read} gives, e.g. as trials were committed rather than in plan order.
     */
    public void orderInvalidAnswers(Comparator<DecisionRow> order) {
        invalid.sort(order);
    }

    /** The totals of one trial; all zero for a trial without answers. */
    public TrialAnswers of(String trialId) {
        return byTrial.getOrDefault(trialId, TrialAnswers.NONE);
    }

    /** The trials that have answers. */
    public Set<String> trialIds() {
        return byTrial.keySet();
    }

    /** The primary items the payoffs are summed over. */
    public Set<Integer> primaryItems() {
        return primaryItems;
    }

    /** The answers no choice could be read from, in the order fed in. */
    public List<DecisionRow> invalidAnswers() {
        return List.copyOf(invalid);
    }

    /** One trial's answer counts and primary payoff sums (sums in asking order). */
    public static final class TrialAnswers {
        static final TrialAnswers NONE = new TrialAnswers();
        private int answers;
        private int invalid;
        private int reasked;
        private int extractor;
        private int primaryWithPayoffs;
        private double payoffSelf;
        private double payoffOther;

        /** Item answers. */
        public int answers() {
            return answers;
        }

        /** Answers no choice could be read from. */
        public int invalid() {
            return invalid;
        }

        /** Answers whose question was asked more than once. */
        public int reasked() {
            return reasked;
        }

        /** Answers read by the extractor model. */
        public int extractor() {
            return extractor;
        }

        /** Primary-item answers that carry both payoffs. */
        public int primaryWithPayoffs() {
            return primaryWithPayoffs;
        }

        /** Payoff to self summed over those answers. */
        public double payoffSelf() {
            return payoffSelf;
        }

        /** Payoff to the other summed over those answers. */
        public double payoffOther() {
            return payoffOther;
        }
    }
}
