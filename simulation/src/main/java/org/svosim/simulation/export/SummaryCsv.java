package org.svosim.simulation.export;

import static org.svosim.simulation.export.CsvCells.integer;
import static org.svosim.simulation.export.CsvCells.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** summary.csv: one row per condition (backend x protocol x value), as computed by {@link ConditionSummary}. */
final class SummaryCsv {
    static final String FILE = "summary.csv";
    static final List<String> COLUMNS = Column.names(SummaryColumns.ALL);

    private SummaryCsv() {
    }

    static void write(Path runDir, List<ConditionSummary> summaries) throws IOException {
        CsvTable.write(runDir.resolve(FILE), COLUMNS, summaries.stream().map(SummaryCsv::row).toList());
    }

    static List<String> row(ConditionSummary s) {
        Condition c = s.condition();
        return Arrays.asList(c.backend(), c.provider(), c.modelId(), c.protocol(), c.valueLabel(),
                number(c.targetDegrees()), number(s.idealLow()), number(s.idealHigh()), integer(s.nTrials()),
                integer(s.nValid()), integer(s.nInvalid()), integer(s.nFailed()), number(s.angle().mean()),
                number(s.angle().sd()), number(s.angle().ciLow()), number(s.angle().ciHigh()),
                number(s.shareAltruistic()), number(s.shareProsocial()), number(s.shareIndividualistic()),
                number(s.shareCompetitive()), number(s.categoryHitRate()), number(s.valueRationality().mean()),
                number(s.valueRationality().ciLow()), number(s.valueRationality().ciHigh()),
                number(s.meanChoiceRationality()), number(s.invalidAnswerRate()), number(s.reaskRate()),
                number(s.extractorRate()), integer(s.inputTokens()), integer(s.outputTokens()),
                number(s.costUsd()));
    }
}
