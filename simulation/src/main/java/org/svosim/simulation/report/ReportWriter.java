package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.svosim.simulation.export.AtomicFile;
import org.svosim.simulation.export.RunDigest;
import org.svosim.simulation.store.RunReader;

/**
 * Writes {@code report.html} into a run folder, atomically: one self-contained page (style and
 * figures inlined, no script, nothing fetched from the network) with the design, the results with
 * intervals, the figures, invalid answers and failures, calls and tokens, the manifest and a
 * methods text. Everything is read from the run database (and manifest.json if present), so
 * re-analysing a run rewrites the same report. Every model- or user-provided text is escaped.
 */
public final class ReportWriter {
    /** The file name in the run folder. */
    public static final String FILE = "report.html";

    private static final List<ReportSection> SECTIONS = List.of(new DesignSection(), new ResultsSection(),
            new FiguresSection(), new QualitySection(), new CostSection(), new ManifestSection(),
            new MethodsSection());

    private ReportWriter() {
    }

    /**
     * Writes the report.
     *
     * @param reader      the run's database
     * @param runDir      the run folder (report.html goes here; figure links are relative to it)
     * @param figures     the figures to show, in order (see {@link ReportFigures#anglePlots})
     * @param extraTables further tables for the results section (e.g. the analysis statistics), in order
     * @return the path written
     */
    public static Path write(RunReader reader, Path runDir, List<ReportFigure> figures,
                             List<ReportTable> extraTables) throws IOException {
        return write(reader, runDir, RunDigest.read(reader), figures, extraTables);
    }

    /** As {@link #write(RunReader, Path, List, List)} from the run's rows already read and condensed. */
    public static Path write(RunReader reader, Path runDir, RunDigest digest, List<ReportFigure> figures,
                             List<ReportTable> extraTables) throws IOException {
        String html = render(ReportData.read(reader, runDir, digest, figures, extraTables));
        Path target = runDir.resolve(FILE);
        AtomicFile.write(target, w -> w.write(html));
        return target;
    }

    /** The sections of this run's report: a population run's has its Population section after the design. */
    private static List<ReportSection> sections(ReportData d) {
        if (!PopulationSection.applies(d)) {
            return SECTIONS;
        }
        List<ReportSection> out = new java.util.ArrayList<>(SECTIONS);
        out.add(1, new PopulationSection());
        return out;
    }

    static String render(ReportData d) {
        HtmlBuilder html = new HtmlBuilder();
        String title = "svo-sim report: " + d.header().experiment() + " (run " + d.header().runId() + ")";
        html.markup("<!DOCTYPE html>\n").open("html", "lang", "en").markup("\n").open("head").markup("\n");
        html.markup("<meta charset=\"utf-8\">\n");
        html.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.markup("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                + " style-src 'unsafe-inline'\">\n");
        html.element("title", title);
        html.open("style").markup("\n" + ReportStyle.CSS).close("style").close("head");
        html.open("body").markup("\n").open("main").markup("\n").open("header", "class", "report").markup("\n");
        html.element("h1", "svo-sim report: " + d.header().experiment());
        html.element("p", "Run " + d.header().runId() + " \u00b7 svo-sim " + d.version("svo_sim")
                + " \u00b7 all numbers from run.db in this folder", "class", "subtitle");
        html.open("nav", "class", "toc").open("ol");
        List<ReportSection> sections = sections(d);
        for (ReportSection s : sections) {
            html.open("li").element("a", s.title(), "href", "#" + s.id()).close("li");
        }
        html.close("ol").close("nav").close("header");
        if (d.finishedAt().isEmpty()) {
            html.element("p", "This run has not finished (it was interrupted or is still running): the report"
                    + " covers the trials saved so far.", "class", "warning");
        }
        for (ReportSection s : sections) {
            html.open("section", "id", s.id()).markup("\n").element("h2", s.title());
            s.render(d, html);
            html.close("section");
        }
        return html.close("main").close("body").close("html").toString();
    }
}
