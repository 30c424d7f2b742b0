package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * The figures, embedded in the page as data URIs (the SVG if the figure has a small one, else the
 * PNG) so the report is one file that renders offline, each with a numbered caption and links to its
 * files.
 */
final class FiguresSection implements ReportSection {
    /** Largest SVG embedded as is; a larger figure is embedded from its PNG so the page stays small. */
    static final long MAX_EMBEDDED_SVG_BYTES = 256 * 1024;

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
        Path file = embedded(f);
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

    /**
     * The file to embed: the SVG if there is one of at most {@link #MAX_EMBEDDED_SVG_BYTES} (sharp at any
     * zoom), else the PNG (a figure with many points has a large SVG but a small PNG), else the SVG.
     */
    static Path embedded(ReportFigure f) {
        boolean svg = f.svg() != null && Files.isRegularFile(f.svg());
        boolean png = f.png() != null && Files.isRegularFile(f.png());
        if (svg && (!png || size(f.svg()) <= MAX_EMBEDDED_SVG_BYTES)) {
            return f.svg();
        }
        return png ? f.png() : f.svg() != null ? f.svg() : f.png();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
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
