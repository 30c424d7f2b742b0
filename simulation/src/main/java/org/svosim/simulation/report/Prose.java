package org.svosim.simulation.report;

/** Writes paragraphs of the report's own prose in which `backticked` parts become code; all text is escaped. */
final class Prose {
    private Prose() {
    }

    /** One paragraph; an optional {@code lead} is set in bold before it. */
    static void paragraph(HtmlBuilder html, String lead, String text) {
        html.open("p");
        if (lead != null) {
            html.element("strong", lead).text(" ");
        }
        inline(html, text);
        html.close("p");
    }

    /** Text with `code` spans. */
    static void inline(HtmlBuilder html, String text) {
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                html.open("code").text(parts[i]).markup("</code>");
            } else {
                html.text(parts[i]);
            }
        }
    }
}
