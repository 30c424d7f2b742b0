package org.svosim.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.chart.AngleDistributionChart;
import org.svosim.simulation.chart.AnglePoint;
import org.svosim.simulation.chart.ChartFiles;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.SampleOutcomes;
import org.svosim.simulation.store.TrialRow;

/** report.html: one self-contained, escaped page with every section, drawn from the run database. */
class ReportWriterTest {
    @TempDir
    Path runDir;

    private String report(List<ReportTable> extraTables) throws IOException {
        try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
            List<ReportFigure> figures = anglePlots(reader.trials());
            return Files.readString(ReportWriter.write(reader, runDir, figures, extraTables));
        }
    }

    private List<ReportFigure> anglePlots(List<TrialRow> trials) throws IOException {
        List<AnglePoint> points = new ArrayList<>();
        for (TrialRow t : trials) {
            if (t.valid()) {
                points.add(new AnglePoint(t.backend(), t.protocol(), t.valueLabel(), t.targetDegrees(), t.idealLow(),
                        t.idealHigh(), t.angle()));
            }
        }
        for (var group : AngleDistributionChart.byBackendAndProtocol(points).entrySet()) {
            ChartFiles.write(AngleDistributionChart.create(group.getKey().title(), group.getValue()),
                    runDir.resolve("plots"), group.getKey().fileBaseName(), 300, 200);
        }
        return ReportFigures.anglePlots(runDir.resolve("plots"), trials);
    }

    @Test
    void reportIsOneFileWithFiguresInlinedAndNothingFetchedOrRun() throws IOException {
        SampleRun.store(runDir);

        String html = report(List.of());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
                .contains("<img src=\"data:image/svg+xml;base64,");
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("src=\"http")
                .doesNotContain("@import").doesNotContain("url(").doesNotContain("<link");
        assertThat(html).contains("default-src 'none'; img-src data:");
        assertThat(runDir.resolve("report.html")).isRegularFile();
        assertThat(Files.list(runDir).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }

    @Test
    void everySectionIsThereAndLinkedFromTheContents() throws IOException {
        SampleRun.store(runDir);

        String html = report(List.of());

        for (String id : List.of("design", "results", "figures", "quality", "costs", "manifest", "methods")) {
            assertThat(html).contains("<section id=\"" + id + "\">").contains("href=\"#" + id + "\"");
        }
    }

    @Test
    void modelAndConfigTextIsEscapedSoItCannotInjectMarkup() throws IOException {
        SampleRun.store(runDir, HostileOutcomes.header(), HostileOutcomes.all(), true);

        String html = report(List.of());

        assertThat(html).doesNotContain(HostileOutcomes.SCRIPT).doesNotContain(HostileOutcomes.IMG)
                .doesNotContain("</td></tr></table></pre>").doesNotContainIgnoringCase("<script");
        assertThat(html).contains("HTTP 500: &lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void failureReasonsAreGroupedWithTheirCounts() throws IOException {
        SampleRun.store(runDir, HostileOutcomes.header(), HostileOutcomes.all(), true);

        String html = report(List.of());

        String failedTrials = section(html, "Why trials failed");
        assertThat(failedTrials).contains("HTTP 500: &lt;script&gt;").contains("<td class=\"num\">2</td>")
                .contains("<td class=\"text word\">bad</td>");
        assertThat(section(html, "Failed model calls")).contains("<td class=\"num\">2</td>");
        assertThat(section(html, "Replies no answer could be read from")).contains("&lt;img src=x")
                .contains("<td class=\"num\">1</td>");
    }

    @Test
    void resultsShowTheSummaryNumbersWithTheirIntervals() throws IOException {
        SampleRun.store(runDir);

        String html = report(List.of());

        String angles = section(html, "Measured SVO angle by condition");
        assertThat(angles).contains(">30.47<").contains(">[41.04, 48.96]<").contains(">1 / 3<")
                .contains(">14.74<");
        assertThat(section(html, "Measured SVO category by condition")).contains(">100.0%<").contains(">0.0%<");
        assertThat(section(html, "Value rationality by condition")).contains(">0.864<").contains(">0.932<");
    }

    @Test
    void extraTablesAppearInTheResultsWithTheirCaptions() throws IOException {
        SampleRun.store(runDir);
        ReportTable circular = new ReportTable("Circular statistics", "Mean resultant length R.",
                List.of("condition", "R"), List.of(List.of("sim / prosocial", "0.98")));

        String html = report(List.of(circular));

        assertThat(section(html, "Circular statistics")).contains("Mean resultant length R.")
                .contains("<td class=\"num\">0.98</td>");
        assertThat(html.indexOf("Circular statistics")).isLessThan(html.indexOf("<section id=\"figures\">"));
    }

    @Test
    void costTableCountsCallsAndTokensAndLeavesCostEmptyWithoutPrices() throws IOException {
        SampleRun.store(runDir);

        String costs = section(report(List.of()), "Calls, tokens and cost per backend").replace("\n", "");

        assertThat(costs).contains("empty where no price was configured, never guessed");
        assertThat(costs).contains("<td class=\"text word\">sim</td><td class=\"num\">6</td><td class=\"num\">0</td>"
                + "<td class=\"num\">1</td><td class=\"num\">380</td><td class=\"num\">84</td>"
                + "<td class=\"num\">40.5</td><td class=\"num\"></td><td class=\"num\"></td></tr>");
    }

    @Test
    void costIsComputedFromThePricesRecordedWithTheRun() throws IOException {
        Map<String, String> extras = Map.of("prices", "{\"sim\": {\"input_per_million\": 1000.0,"
                + " \"output_per_million\": 2000.0}}");
        RunHeader header = new RunHeader("run-1", "priced", -7L, "ab".repeat(32), "experiment: priced\n",
                SampleOutcomes.T0, "0.1.0-SNAPSHOT", extras);
        SampleRun.store(runDir, header, SampleOutcomes.all(), true);

        String costs = section(report(List.of()), "Calls, tokens and cost per backend").replace("\n", "");

        // (380 input tokens x 1000 + 84 output tokens x 2000) / 1e6 USD
        assertThat(costs).contains("<td class=\"num\">1000.00 / 2000.00</td><td class=\"num\">0.5480</td>");
    }

    @Test
    void runWithoutTrialsStillGivesACompleteReport() throws IOException {
        SampleRun.store(runDir, SampleOutcomes.header(), List.of(), false);

        String html = report(List.of());

        assertThat(html).contains("<section id=\"methods\">").contains("No figures were made")
                .contains("0 trials, of which 0 valid").endsWith("</html>\n");
    }

    @Test
    void unfinishedRunIsFlagged() throws IOException {
        SampleRun.store(runDir, SampleOutcomes.header(), SampleOutcomes.all(), false);

        assertThat(report(List.of())).contains("This run has not finished").contains("NOT finished");
    }

    @Test
    void methodsStateEveryFormulaAndTheVersions() throws IOException {
        RunHeader header = new RunHeader("run-1", "methods", -7L, "ab".repeat(32), "experiment: methods\n",
                SampleOutcomes.T0, "0.1.0-SNAPSHOT", Map.of("java", "17.0.9 (Eclipse Adoptium)", "pekko", "1.7.0"));
        SampleRun.store(runDir, header, SampleOutcomes.all(), true);

        String html = report(List.of());
        String methods = html.substring(html.indexOf("<section id=\"methods\">"));

        assertThat(methods).contains("atan2(mean_other - 50, mean_self - 50)").contains("angle &gt; 57.15")
                .contains("-12.04 &lt; angle &lt;= 22.45").contains("cos θ* · self + sin θ* · other")
                .contains("angle - high").contains("1 - |angle_error| / W").contains("77.65")
                .contains("(u(chosen) - min u) / (max u - min u)").contains("IA = D_IA / (D_IA + D_JG)")
                .contains("SHA-256(&quot;&lt;run seed&gt;:&lt;trial id&gt;&quot;)").contains("run seed was <code>-7")
                .contains("svo-sim 0.1.0-SNAPSHOT on Java 17.0.9 (Eclipse Adoptium)").contains("Pekko 1.7.0")
                .contains("LangChain4j unknown");
    }

    @Test
    void missingFigureFileIsSaidNotHidden() throws IOException {
        SampleRun.store(runDir);
        ReportFigure lost = new ReportFigure("Lost", "Never drawn.", runDir.resolve("plots/lost.png"), null);

        try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
            String html = Files.readString(ReportWriter.write(reader, runDir, List.of(lost), List.of()));
            assertThat(html).contains("class=\"missing\"").contains("lost.png");
        }
    }

    @Test
    void rewritingFromTheSameDatabaseGivesTheSameBytes() throws IOException {
        SampleRun.store(runDir);

        assertThat(report(List.of())).isEqualTo(report(List.of()));
    }

    /** The table block that starts with the heading {@code title}. */
    private static String section(String html, String title) {
        int start = html.indexOf("<h3>" + title + "</h3>");
        assertThat(start).as("table '%s'", title).isNotNegative();
        int end = html.indexOf("<div class=\"table-block\">", start + 1);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
