package org.svosim.simulation.report;

import java.util.Collection;
import java.util.List;

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

    /** "a", "a and b", "a, b and c". */
    static String list(Collection<String> items) {
        List<String> l = List.copyOf(items);
        if (l.size() <= 1) {
            return String.join("", l);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
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
