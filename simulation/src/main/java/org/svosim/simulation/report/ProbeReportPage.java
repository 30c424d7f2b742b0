package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.svosim.simulation.export.AtomicFile;

/**
 * Writes the {@code report.html} of a social-bias judgement probe: one self-contained page in the
 * report's style (figures inlined, no script) with a design list, result tables and figures. The
 * caller derives every part from the run database; every text is escaped.
 */
public final class ProbeReportPage {

    private ProbeReportPage() {
    }

    /**
     * Writes the page into {@code runDir}.
     *
     * @param title   the page title
     * @param design  lines describing the design (judges, conditions, scenarios, skipped rows)
     * @param tables  result tables, in order
     * @param figures figures, in order
     */
    public static Path write(Path runDir, String title, List<String> design, List<ReportTable> tables,
                             List<ReportFigure> figures) throws IOException {
        HtmlBuilder html = new HtmlBuilder();
        html.markup("<!DOCTYPE html>\n").open("html", "lang", "en").markup("\n").open("head").markup("\n");
        html.markup("<meta charset=\"utf-8\">\n");
        html.markup("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                + " style-src 'unsafe-inline'\">\n");
        html.element("title", title);
        html.open("style").markup("\n" + ReportStyle.CSS).close("style").close("head");
        html.open("body").markup("\n").open("main").markup("\n").open("header", "class", "report").markup("\n");
        html.element("h1", title).close("header");
        html.open("section", "id", "design").element("h2", "Design").open("ul");
        design.forEach(line -> html.element("li", line));
        html.close("ul").close("section");
        html.open("section", "id", "results").element("h2", "Results");
        for (ReportTable t : tables) {
            TableHtml.write(t, html);
        }
        html.close("section");
        html.open("section", "id", "figures").element("h2", "Figures");
        int n = 1;
        for (ReportFigure f : figures) {
            String uri = f.svg() != null && Files.isRegularFile(f.svg()) ? FiguresSection.dataUri(f.svg())
                    : FiguresSection.dataUri(f.png());
            html.open("figure", "id", "figure-" + n);
            if (uri != null) {
                html.open("img", "src", uri, "alt", f.title(), "class", "chart").markup("\n");
            }
            html.open("figcaption").element("strong", "Figure " + n + ". " + f.title() + ".").text(" " + f.caption())
                    .close("figcaption").close("figure");
            n++;
        }
        html.close("section");
        String text = html.close("main").close("body").close("html").toString();
        Path target = runDir.resolve(ReportWriter.FILE);
        AtomicFile.write(target, w -> w.write(text));
        return target;
    }
}
