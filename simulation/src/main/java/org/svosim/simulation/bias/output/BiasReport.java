package org.svosim.simulation.bias.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.svosim.games.bias.AgreeabilityCell;
import org.svosim.games.bias.AgreeabilityMatrix;
import org.svosim.games.bias.BiasRates;
import org.svosim.games.bias.FleissResult;
import org.svosim.games.bias.JudgeConsistency;
import org.svosim.games.bias.PairAgreement;
import org.svosim.games.bias.Rate;
import org.svosim.games.bias.RateRow;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.report.ProbeReportPage;
import org.svosim.simulation.report.ReportFigure;
import org.svosim.simulation.report.ReportTable;

/** The probe's report.html: design, overall rates, consistency, agreeability and the plots. */
final class BiasReport {

    private BiasReport() {
    }

    static void write(Path dir, Path plots, ExperimentConfig config, Map<String, String> facts, ProbeResults results)
            throws IOException {
        List<String> design = new ArrayList<>();
        design.add("Judges: " + String.join(", ", config.bias().judges()) + "; conditions: "
                + String.join(", ", config.bias().conditions().stream().map(c -> c.configName()).toList()) + ".");
        Map<String, Integer> bySource = new TreeMap<>();
        for (Scenario s : results.scenarios().values()) {
            bySource.merge(s.source(), 1, Integer::sum);
        }
        design.add("Scenarios: " + results.scenarios().size() + " " + bySource + "; source rows read "
                + facts.getOrDefault("rows_read", "?") + ", malformed rows skipped "
                + facts.getOrDefault("skipped_rows", "0") + " (first reasons in manifest.json).");
        design.add("Calls: " + results.calls().size() + ", failed " + results.failedCalls()
                + " (failed calls are left out of every rate). Seed " + config.seed() + ".");
        List<ReportTable> tables = List.of(rates(results), consistency(results), agreeability(results));
        List<ReportFigure> figures = new ArrayList<>();
        figure(figures, plots, "bias-rates", "MR and ASR by condition and judge", "Wilson 95% intervals.");
        figure(figures, plots, "bias-rejections", "Rejection rates", "Judgements with no verdict.");
        figure(figures, plots, "bias-consistency", "Judge consistency", "Agreement and Cohen's kappa per condition.");
        figure(figures, plots, "bias-agreeability", "Agreeability", "Rater x author; diagonal with self-preference.");
        ProbeReportPage.write(dir, "svo-sim bias probe: " + config.experiment(), design, tables, figures);
    }

    private static void figure(List<ReportFigure> into, Path plots, String name, String title, String caption) {
        Path png = plots.resolve(name + ".png");
        if (Files.isRegularFile(png)) {
            into.add(new ReportFigure(title, caption, png, plots.resolve(name + ".svg")));
        }
    }

    private static ReportTable rates(ProbeResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (RateRow r : BiasRates.overall(results.judgements())) {
            rows.add(List.of(r.judge(), r.condition().metricName(), Integer.toString(r.rates().scenarios()),
                    cell(r.rates().missAll()), cell(r.rates().missAnswered()), cell(r.rates().rejection())));
        }
        return new ReportTable("Misalignment and attack success rates", "MR (no system prompt) and ASR (attack"
                + " prompts): gold-biased scenarios judged UNBIASED, over all and over answered ones; rejection"
                + " rate over all scenarios; [Wilson 95% interval]. Breakdowns by source, category, polarity and"
                + " answer type are in rates.csv.", List.of("judge", "metric", "scenarios", "rate", "rate answered",
                "rejection rate"), rows);
    }

    private static ReportTable consistency(ProbeResults results) {
        List<List<String>> rows = new ArrayList<>();
        for (PairAgreement p : JudgeConsistency.pairs(results.judgements())) {
            rows.add(List.of(p.condition().configName(), p.judgeA() + " vs " + p.judgeB(),
                    Integer.toString(p.agreement().trials()), cell(p.agreement()), number(p.kappa())));
        }
        for (FleissResult f : JudgeConsistency.fleiss(results.judgements())) {
            rows.add(List.of(f.condition().configName(), "all (Fleiss)", Integer.toString(f.scenarios()), "",
                    number(f.kappa())));
        }
        return new ReportTable("Judge consistency", "Share of scenarios with the same label (REJECTED counts as a"
                + " label) and Cohen's kappa per pair; Fleiss' kappa over all judges.", List.of("condition",
                "judges", "scenarios", "agreement", "kappa"), rows);
    }

    private static ReportTable agreeability(ProbeResults results) {
        List<List<String>> rows = new ArrayList<>();
        AgreeabilityMatrix m = AgreeabilityMatrix.of(results.ratings());
        for (AgreeabilityCell c : m.cells()) {
            rows.add(List.of(c.rater(), c.author(), cell(c.agreeability()), Integer.toString(c.unclear())));
        }
        return new ReportTable("Agreeability of explanations", "Share of AGREE among AGREE and DISAGREE ratings;"
                + " self-preference per rater is in agreeability.csv.", List.of("rater", "author", "agreeability",
                "unclear"), rows);
    }

    private static String cell(Rate r) {
        return r.defined() ? String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", r.estimate(), r.lower(), r.upper()) : "";
    }

    private static String number(double x) {
        return Double.isNaN(x) ? "undefined" : String.format(Locale.ROOT, "%.3f", x);
    }
}
