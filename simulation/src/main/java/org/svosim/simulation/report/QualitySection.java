package org.svosim.simulation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.simulation.export.Condition;
import org.svosim.simulation.export.ConditionSummary;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.CallRow;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.TrialRow;

/** Invalid answers and failures: counts per condition, failure reasons and unreadable replies grouped with counts. */
final class QualitySection implements ReportSection {
    private static final int MAX_CHARS = 400;
    private static final int MAX_ROWS = 20;

    @Override
    public String id() {
        return "quality";
    }

    @Override
    public String title() {
        return "Invalid answers and failures";
    }

    @Override
    public void render(ReportData d, HtmlBuilder html) {
        html.element("p", "A trial is valid when every primary item has a readable answer, invalid when the"
                + " interview finished but some primary answer could not be read, failed when a model call failed"
                + " for good. Invalid and failed trials are counted here and left out of the angle statistics;"
                + " their raw replies are kept in decisions.csv and transcripts.jsonl.");
        TableHtml.write(byCondition(d.summaries()), html);
        Tally failures = new Tally();
        for (TrialRow t : d.trials()) {
            if (t.status() == TrialStatus.FAILED) {
                failures.add(t.failure(), t.backend());
            }
        }
        TableHtml.write(new ReportTable("Why trials failed", "Failed trials grouped by the recorded reason.",
                List.of("reason", "trials", "backends"), failures.rows(MAX_CHARS, MAX_ROWS)), html);
        Tally calls = new Tally();
        for (CallRow c : d.calls().failed()) {
            calls.add(c.error(), c.backend());
        }
        TableHtml.write(new ReportTable("Failed model calls", "Calls that got no reply, grouped by error (a call"
                + " that failed and was not retried ends its trial).", List.of("error", "calls", "backends"),
                calls.rows(MAX_CHARS, MAX_ROWS)), html);
        TableHtml.write(unreadable(d), html);
    }

    private static ReportTable byCondition(List<ConditionSummary> summaries) {
        Function<Condition, String> backend = ResultsSection.backendLabels(summaries);
        List<List<String>> rows = new ArrayList<>();
        for (ConditionSummary s : summaries) {
            rows.add(Arrays.asList(backend.apply(s.condition()), s.condition().protocol(),
                    s.condition().valueLabel(), Cells.integer(s.nTrials()), Cells.integer(s.nValid()),
                    Cells.integer(s.nInvalid()), Cells.integer(s.nFailed()), Cells.percent(s.invalidAnswerRate()),
                    Cells.percent(s.reaskRate()), Cells.percent(s.extractorRate())));
        }
        return new ReportTable("Trial status and answer quality by condition", "Answer rates are over every item"
                + " answer of the condition's trials: invalid (no answer could be read), re-asked (the question had"
                + " to be asked more than once), extractor (read by the extractor model).",
                List.of("backend", "protocol", "value", "trials", "valid", "invalid", "failed", "invalid answers",
                        "re-asked", "extractor"), rows);
    }

    private static ReportTable unreadable(ReportData d) {
        Map<String, String> backendOf = new HashMap<>();
        d.trials().forEach(t -> backendOf.put(t.trialId(), t.backend()));
        Tally replies = new Tally();
        for (DecisionRow a : d.invalidAnswers()) {
            if (a.method() == ParseMethod.INVALID) {
                replies.add(a.rawReply(), backendOf.get(a.trialId()));
            }
        }
        return new ReportTable("Replies no answer could be read from", "Final replies of invalid item answers,"
                + " most frequent first (" + replies.distinct() + " distinct; at most " + MAX_ROWS + " shown, each cut"
                + " to " + MAX_CHARS + " characters).", List.of("reply", "answers", "backends"),
                replies.rows(MAX_CHARS, MAX_ROWS));
    }
}
