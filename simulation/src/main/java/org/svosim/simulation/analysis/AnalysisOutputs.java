package org.svosim.simulation.analysis;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ResearchAnalysis#write} wrote, for the report to link and embed.
 *
 * @param tables  the CSV tables, in writing order
 * @param figures the figures, in the order a report should show them
 */
public record AnalysisOutputs(List<Table> tables, List<Figure> figures) {
    public AnalysisOutputs {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }

    /**
     * One CSV table.
     *
     * @param file        its path
     * @param description one sentence saying what a row is
     */
    public record Table(Path file, String description) {
    }

    /**
     * One figure, written as PNG (2x) and SVG.
     *
     * @param png     the PNG file
     * @param svg     the SVG file
     * @param title   the chart's title
     * @param caption a caption saying what is shown and how to read it
     */
    public record Figure(Path png, Path svg, String title, String caption) {
    }
}
