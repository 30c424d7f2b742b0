package org.svosim.simulation.store;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.agents.protocol.ItemAnswer;
import org.svosim.agents.protocol.TranscriptEntry;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.value.SliderScore;
import org.svosim.simulation.run.CallRecord;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.run.TrialStatus;

/** Turns a finished trial into the rows the run database stores, checking it against the run's measure. */
final class OutcomeRows {
    private final Map<Integer, SliderItem> items;

    OutcomeRows(SliderMeasure measure) {
        this.items = measure.items().stream().collect(Collectors.toMap(SliderItem::number, Function.identity()));
    }

    TrialRow trial(TrialOutcome o) {
        TrialSpec spec = o.spec();
        InterviewResult interview = o.interview();
        SliderScore s = o.score();
        if (o.status() == TrialStatus.VALID && s == null) {
            throw new IllegalArgumentException("trial " + spec.trialId() + " is valid but has no score");
        }
        int invalid = (int) interview.answers().stream().filter(a -> !a.valid()).count();
        Long duration = o.startedAt() == null || o.finishedAt() == null
                ? null : Duration.between(o.startedAt(), o.finishedAt()).toMillis();
        return new TrialRow(spec.trialId(), spec.index(), spec.backend(), o.provider(), o.modelId(),
                spec.value().label(), spec.value().degrees(), spec.value().category().orElse(null),
                spec.protocol(), spec.repetition(), spec.seed(), o.status(), interview.failure(),
                s == null ? null : s.angle(), s == null ? null : s.category(),
                s == null ? null : s.idealInterval().low(), s == null ? null : s.idealInterval().high(),
                s == null ? null : s.angleError(), s == null ? null : s.valueRationality(),
                s == null ? null : s.categoryHit(), s == null ? null : s.choiceRationality(),
                s == null || s.inequalityAversion().isEmpty() ? null : s.inequalityAversion().getAsDouble(),
                interview.goalStatement(), invalid, o.calls().size(),
                tokenSum(o.calls(), true), tokenSum(o.calls(), false), stored(o.startedAt()), stored(o.finishedAt()),
                duration);
    }

    /** An instant as the database keeps it (to the millisecond), so the row equals the row read back. */
    private static Instant stored(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    List<DecisionRow> decisions(TrialOutcome o) {
        List<DecisionRow> rows = new ArrayList<>();
        for (ItemAnswer a : o.interview().answers()) {
            SliderItem item = items.get(a.itemNumber());
            if (item == null) {
                throw new IllegalArgumentException("trial " + o.spec().trialId() + " answers item " + a.itemNumber()
                        + ", which is not in the run's measure (items " + items.keySet() + ")");
            }
            Allocation chosen = null;
            if (a.chosenOption() != null) {
                if (a.chosenOption() < 0 || a.chosenOption() >= item.size()) {
                    throw new IllegalArgumentException("trial " + o.spec().trialId() + " item " + a.itemNumber()
                            + ": chosen option " + a.chosenOption() + " is outside 0.." + (item.size() - 1));
                }
                chosen = item.option(a.chosenOption());
            }
            rows.add(new DecisionRow(o.spec().trialId(), a.itemNumber(), a.position(), a.shownOrder(),
                    a.shownChoice() == null ? null : letter(a.shownChoice()),
                    a.chosenOption(), a.chosenOption() == null ? null : letter(a.chosenOption()),
                    chosen == null ? null : chosen.self(), chosen == null ? null : chosen.other(),
                    a.method(), a.attempts(), a.rawReply()));
        }
        return rows;
    }

    static CallRow call(String trialId, int attempt, CallRecord c) {
        return new CallRow(trialId, c.seq(), c.role(), c.purpose(), c.backend(), c.modelId(), c.ok(), c.error(),
                c.startedAt(), c.latencyMs(), c.inputTokens(), c.outputTokens(), c.requestHash(), attempt,
                c.cached());
    }

    List<MessageRow> messages(TrialOutcome o) {
        List<MessageRow> rows = new ArrayList<>();
        for (TranscriptEntry e : o.interview().transcript()) {
            rows.add(new MessageRow(o.spec().trialId(), e.seq(), e.model(), e.role(), e.purpose(), e.text()));
        }
        return rows;
    }

    private static String letter(int index) {
        return String.valueOf(SliderItem.letter(index));
    }

    private static Long tokenSum(List<CallRecord> calls, boolean input) {
        Long sum = null;
        for (CallRecord c : calls) {
            Integer n = input ? c.inputTokens() : c.outputTokens();
            if (n != null) {
                sum = (sum == null ? 0L : sum) + n;
            }
        }
        return sum;
    }
}
