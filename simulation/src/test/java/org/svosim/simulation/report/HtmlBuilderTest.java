package org.svosim.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's HTML is built so that data can never become markup. */
class HtmlBuilderTest {

    @Test
    void textEscapesTheFiveHtmlSpecialCharacters() {
        assertThat(new HtmlBuilder().text("<a href='x'>\"&\"</a>").toString())
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    }

    @Test
    void attributeValuesCannotCloseTheirQuotes() {
        String html = new HtmlBuilder().element("a", "x", "href", "\" onmouseover=\"alert(1)").toString();

        assertThat(html).isEqualTo("<a href=\"&quot; onmouseover=&quot;alert(1)\">x</a>");
    }

    @Test
    void tableCellsAreEscapedAndNumericColumnsRightAligned() {
        ReportTable t = new ReportTable("T", "", List.of("name", "n"),
                List.of(List.of("<b>x</b>", "12"), Arrays.asList("y", null)));
        HtmlBuilder html = new HtmlBuilder();

        TableHtml.write(t, html);

        assertThat(html.toString()).contains("<td class=\"text word\">&lt;b&gt;x&lt;/b&gt;</td>")
                .contains("<td class=\"num\">12</td>").contains("<td class=\"num\"></td>");
    }

    @Test
    void aColumnWithTextIsNotRightAligned() {
        ReportTable t = new ReportTable("T", "", List.of("key", "value"),
                List.of(List.of("seed", "20251122"), List.of("status", "finished")));

        assertThat(TableHtml.numericColumns(t)).containsExactly(false, false);
    }
}
