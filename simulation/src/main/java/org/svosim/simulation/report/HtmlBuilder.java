package org.svosim.simulation.report;

import java.util.Set;

/**
 * Builds HTML text in which every piece of data is escaped: {@link #text} and attribute values
 * always are; only {@link #markup} takes HTML as is, and only the report's own constant markup
 * goes there. Model replies, goal statements, failure reasons and config text cannot inject markup.
 */
final class HtmlBuilder {
    private static final Set<String> INLINE = Set.of("a", "strong", "em", "code", "span", "th", "td", "summary");
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** {@code s} with &amp;, &lt;, &gt;, &quot; and &#39; escaped (null as empty). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    /** An opening tag; {@code attributes} are name, value pairs (values escaped). */
    HtmlBuilder open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    /** A closing tag; block-level ones end their line, inline ones do not (no stray spaces in text). */
    HtmlBuilder close(String tag) {
        out.append("</").append(tag).append('>');
        if (!INLINE.contains(tag)) {
            out.append('\n');
        }
        return this;
    }

    /** Escaped text. */
    HtmlBuilder text(String s) {
        out.append(escape(s));
        return this;
    }

    /** {@code <tag attributes>text</tag>} with the text escaped. */
    HtmlBuilder element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** The report's own constant markup, written as is; never pass data here. */
    HtmlBuilder markup(String html) {
        out.append(html);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
