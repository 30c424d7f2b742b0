package org.svosim.simulation.bias.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.svosim.games.bias.AgreeabilityCell;
import org.svosim.games.bias.AgreeabilityMatrix;
import org.svosim.games.bias.BiasRates;
import org.svosim.games.bias.FleissResult;
import org.svosim.games.bias.JudgeConsistency;
import org.svosim.games.bias.PairAgreement;
import org.svosim.games.bias.Rate;
import org.svosim.games.bias.RateRow;
import org.svosim.games.bias.SelfPreference;
import org.svosim.simulation.bias.CallRow;
import org.svosim.simulation.bias.TaskKind;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.bias.scenario.ScenarioAttributes;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.CsvCells;
import org.svosim.simulation.export.CsvTable;
import org.svosim.simulation.export.OutputTable;

/** Writes judgements.csv, rates.csv, consistency.csv and agreeability.csv into a probe's run folder. */
public final class BiasCsvs {
    /** The attributes every rate is broken down by, after the overall row. */
    public static final List<String> BREAKDOWNS = List.of(ScenarioAttributes.SOURCE, ScenarioAttributes.CATEGORY,
            ScenarioAttributes.POLARITY, ScenarioAttributes.ANSWER_TYPE);

    private BiasCsvs() {
    }

    /** Writes the four tables. */
    public static void write(Path dir, ProbeResults results) throws IOException {
        write(dir, BiasColumns.JUDGEMENTS, judgements(results));
        write(dir, BiasColumns.RATES, rates(BiasRates.overallAndBy(BREAKDOWNS, results.judgements())));
        write(dir, BiasColumns.CONSISTENCY, consistency(results));
        write(dir, BiasColumns.AGREEABILITY, agreeability(AgreeabilityMatrix.of(results.ratings())));
    }

    private static void write(Path dir, OutputTable table, List<List<String>> rows) throws IOException {
        CsvTable.write(dir.resolve(table.file()), Column.names(table.columns()), rows);
    }

    private static List<List<String>> judgements(ProbeResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (CallRow c : results.calls(TaskKind.JUDGE)) {
            Scenario s = results.scenarios().get(c.scenarioId());
            Map<String, String> a = s == null ? Map.of() : s.metricAttributes();
            rows.add(List.of(c.taskId(), c.backend(), c.condition(), c.scenarioId(), a.getOrDefault("source", ""),
                    a.getOrDefault("category", ""), a.getOrDefault("polarity", ""), a.getOrDefault("direction", ""),
                    a.getOrDefault("answer_type", ""), s == null ? "" : s.gold().name(), nz(c.label()),
                    nz(c.method()), c.ok() ? "1" : "0", nz(c.error()), nz(c.modelId()), c.cached() ? "1" : "0",
                    Long.toString(c.latencyMs()), Integer.toString(c.attempt()), nz(c.rawReply())));
        }
        return rows;
    }

    private static List<List<String>> rates(List<RateRow> rateRows) {
        List<List<String>> rows = new ArrayList<>();
        for (RateRow r : rateRows) {
            List<String> row = new ArrayList<>(List.of(r.judge(), r.condition().configName(),
                    r.condition().metricName(), r.attribute(), r.value(), Integer.toString(r.rates().scenarios()),
                    Integer.toString(r.rates().missAll().trials()), Integer.toString(r.rates().missAll().successes())));
            row.addAll(interval(r.rates().missAll()));
            row.addAll(interval(r.rates().missAnswered()));
            row.add(Integer.toString(r.rates().rejection().successes()));
            row.addAll(interval(r.rates().rejection()));
            row.addAll(interval(r.rates().falseAlarmAll()));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> consistency(ProbeResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (PairAgreement p : JudgeConsistency.pairs(results.judgements())) {
            List<String> row = new ArrayList<>(List.of(p.condition().configName(), "cohen", p.judgeA(), p.judgeB(),
                    p.judgeA() + ";" + p.judgeB(), Integer.toString(p.agreement().trials())));
            row.addAll(interval(p.agreement()));
            row.add(number(p.kappa()));
            rows.add(row);
        }
        for (FleissResult f : JudgeConsistency.fleiss(results.judgements())) {
            rows.add(List.of(f.condition().configName(), "fleiss", "", "", String.join(";", f.judges()),
                    Integer.toString(f.scenarios()), "", "", "", number(f.kappa())));
        }
        return rows;
    }

    private static List<List<String>> agreeability(AgreeabilityMatrix m) {
        List<List<String>> rows = new ArrayList<>();
        for (AgreeabilityCell c : m.cells()) {
            String self = "";
            if (c.rater().equals(c.author())) {
                self = m.selfPreferences().stream().filter(p -> p.rater().equals(c.rater())).findFirst()
                        .map(SelfPreference::difference).map(BiasCsvs::number).orElse("");
            }
            List<String> row = new ArrayList<>(List.of(c.rater(), c.author(),
                    Integer.toString(c.agreeability().trials()), Integer.toString(c.agreeability().successes())));
            row.addAll(interval(c.agreeability()));
            row.add(Integer.toString(c.unclear()));
            row.add(self);
            rows.add(row);
        }
        return rows;
    }

    /** estimate, lower, upper; empty cells when the rate is undefined. */
    static List<String> interval(Rate r) {
        if (!r.defined()) {
            return List.of("", "", "");
        }
        return List.of(number(r.estimate()), number(r.lower()), number(r.upper()));
    }

    static String number(double x) {
        return Double.isFinite(x) ? CsvCells.number(x) : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
