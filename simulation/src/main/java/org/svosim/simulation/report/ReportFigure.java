package org.svosim.simulation.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A figure for the report: embedded from its SVG if there is one of at most 256 KiB (sharp at any
 * zoom), else from its PNG.
 *
 * @param title   what the figure shows, in a few words
 * @param caption the full caption: what is plotted, marks, units, what a reader should look for
 * @param png     the PNG file, or null
 * @param svg     the SVG file, or null
 */
public record ReportFigure(String title, String caption, Path png, Path svg) {
    public ReportFigure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        if (png == null && svg == null) {
            throw new IllegalArgumentException("figure '" + title + "' needs a PNG or an SVG file, got neither");
        }
    }
}
