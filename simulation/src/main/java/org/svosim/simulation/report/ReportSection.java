package org.svosim.simulation.report;

/** One section of report.html, with the anchor and heading the table of contents links to. */
sealed interface ReportSection permits DesignSection, ResultsSection, FiguresSection, QualitySection,
        CostSection, ManifestSection, MethodsSection, PopulationSection {

    /** The HTML id of the section (an anchor). */
    String id();

    /** The section heading. */
    String title();

    /** Writes the section's content (below its heading). */
    void render(ReportData data, HtmlBuilder html);
}
