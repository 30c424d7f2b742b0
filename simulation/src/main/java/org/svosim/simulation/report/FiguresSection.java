package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * The figures, embedded in the page as data URIs (SVG if the figure has one, else PNG) so the
 * report is one file that renders offline, each with a numbered caption and links to its files.
 */
final class FiguresSection implements ReportSection {

    @Override
    public String id() {
        return "figures";
    }

    @Override
    public String title() {
        return "Figures";
    }

    @Override
    public void render(ReportData d, HtmlBuilder html) {
        List<ReportFigure> figures = d.figures();
        if (figures.isEmpty()) {
            html.element("p", "No figures were made for this run.", "class", "empty");
            return;
        }
        for (int i = 0; i < figures.size(); i++) {
            figure(d.runDir(), figures.get(i), i + 1, html);
        }
    }

    private static void figure(Path runDir, ReportFigure f, int number, HtmlBuilder html) {
        html.open("figure", "id", "figure-" + number);
        Path file = f.svg() != null && Files.isRegularFile(f.svg()) ? f.svg() : f.png();
        String uri = file == null ? null : dataUri(file);
        if (uri == null) {
            html.element("p", "The figure's file is missing or unreadable: "
                    + (f.svg() != null ? f.svg() : f.png()), "class", "missing");
        } else {
            html.open("img", "src", uri, "alt", f.title(), "class", "chart").markup("\n");
        }
        html.open("figcaption").element("strong", "Figure " + number + ". " + f.title() + ".")
                .text(" " + f.caption()).markup(" ");
        html.open("span", "class", "files").text("Files:");
        for (Path p : new Path[] {f.png(), f.svg()}) {
            if (p != null) {
                String href = relative(runDir, p);
                html.text(" ").element("a", href, "href", href);
            }
        }
        html.close("span").close("figcaption").close("figure");
    }

    /** The file as a base64 data URI, or null if it cannot be read. */
    static String dataUri(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String type = name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png" : null;
        if (type == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    private static String relative(Path runDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = runDir.toAbsolutePath().normalize();
        return (abs.startsWith(dir) ? dir.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
