package org.svosim.simulation.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link ReportTable}: title, caption, and the table inside its own horizontally
 * scrolling box, so a wide table never widens the page. Numeric cells are right-aligned.
 */
final class TableHtml {
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9.,]*(%| \\[.*\\])?|\\[.*\\]");

    private TableHtml() {
    }

    static void write(ReportTable table, HtmlBuilder html) {
        html.open("div", "class", "table-block");
        html.element("h3", table.title());
        if (!table.caption().isBlank()) {
            html.element("p", table.caption(), "class", "caption");
        }
        if (table.rows().isEmpty()) {
            html.element("p", "No rows.", "class", "empty");
            html.close("div");
            return;
        }
        html.open("div", "class", "table-box").open("table").open("thead").open("tr");
        for (String h : table.header()) {
            html.element("th", h, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (List<String> row : table.rows()) {
            html.open("tr");
            for (String cell : row) {
                boolean numeric = cell != null && NUMERIC.matcher(cell).matches();
                html.element("td", cell, "class", numeric ? "num" : "text");
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div").close("div");
    }
}
