package org.svosim.simulation.report;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link ReportTable}: title, caption, and the table inside its own horizontally
 * scrolling box, so a wide table never widens the page. Numeric cells are right-aligned.
 */
final class TableHtml {
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9.,]*%?|\\[.*\\]|[0-9][0-9.,]* / [0-9][0-9.,]*");
    /** A name or label this short (without spaces) is kept on one line instead of breaking at a '-'. */
    private static final int ONE_WORD = 32;
    /** Short phrases ("all backends", "agent under test") are kept on one line too. */
    private static final int ONE_PHRASE = 20;

    private TableHtml() {
    }

    /** A column is numeric (right-aligned) when each of its non-empty cells is a number or an interval. */
    static boolean[] numericColumns(ReportTable table) {
        boolean[] numeric = new boolean[table.header().size()];
        Arrays.fill(numeric, true);
        for (List<String> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                numeric[i] &= cell == null || cell.isEmpty() || NUMERIC.matcher(cell).matches();
            }
        }
        return numeric;
    }

    static void write(ReportTable table, HtmlBuilder html) {
        html.open("div", "class", "table-block");
        html.element("h3", table.title());
        if (!table.caption().isBlank()) {
            html.element("p", table.caption(), "class", "caption");
        }
        if (table.rows().isEmpty()) {
            html.element("p", "None.", "class", "empty");
            html.close("div");
            return;
        }
        html.open("div", "class", "table-box").open("table").open("thead").open("tr");
        for (String h : table.header()) {
            html.element("th", h, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        boolean[] numeric = numericColumns(table);
        for (List<String> row : table.rows()) {
            html.open("tr");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                boolean word = cell != null && (cell.length() <= ONE_PHRASE
                        || cell.length() <= ONE_WORD && !cell.contains(" "));
                html.element("td", cell, "class", numeric[i] ? "num" : word ? "text word" : "text");
            }
            html.close("tr");
        }
        html.close("tbody").close("table").close("div").close("div");
    }
}
