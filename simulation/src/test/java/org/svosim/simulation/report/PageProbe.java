package org.svosim.simulation.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a page in the browser: a copy of it gets a small script (allowed by a nonce added to
 * its content security policy) that, after the load event, writes what it measured into the DOM,
 * which {@link HeadlessChromium#dumpDom} then returns (test helper). The page itself is unchanged.
 */
public final class PageProbe {
    static final String NONCE = "svosim-probe";
    private static final Pattern RESULT = Pattern.compile("<pre id=\"svosim-probe\">(.*?)</pre>", Pattern.DOTALL);
    private static final String SCRIPT = String.join("\n",
            "window.addEventListener('load', function () {",
            "  var imgs = Array.prototype.slice.call(document.querySelectorAll('figure img'));",
            "  var svgs = Array.prototype.slice.call(document.querySelectorAll('figure svg'));",
            "  var vw = window.innerWidth;",
            "  var wide = [];",
            "  document.querySelectorAll('body *').forEach(function (e) {",
            "    if (e.closest('.table-box') && !e.classList.contains('table-box')) { return; }",
            "    var r = e.getBoundingClientRect();",
            "    if (r.right > vw + 0.5 && wide.length < 10) { wide.push(e.tagName.toLowerCase() + '.' + e.className); }",
            "  });",
            "  var result = {",
            "    innerWidth: vw,",
            "    scrollWidth: document.documentElement.scrollWidth,",
            "    scrollHeight: document.documentElement.scrollHeight,",
            "    images: imgs.length,",
            "    brokenImages: imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); })",
            "        .map(function (i) { return i.alt; }),",
            "    svgs: svgs.length,",
            "    emptySvgs: svgs.filter(function (s) { return s.getBoundingClientRect().width <= 0; }).length,",
            "    missingFigures: document.querySelectorAll('figure .missing').length,",
            "    tooWide: wide",
            "  };",
            "  var pre = document.createElement('pre');",
            "  pre.id = 'svosim-probe';",
            "  pre.textContent = JSON.stringify(result);",
            "  document.body.appendChild(pre);",
            "});");

    private PageProbe() {
    }

    /** Writes {@code page} with the probe into {@code copy}; the copy must stay in the same folder (relative links). */
    public static void instrument(Path page, Path copy) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String csp = "default-src 'none';";
        if (!html.contains(csp)) {
            throw new IllegalStateException(page + " has no content security policy to extend");
        }
        html = html.replace(csp, csp + " script-src 'nonce-" + NONCE + "';");
        html = html.replace("</body>", "<script nonce=\"" + NONCE + "\">\n" + SCRIPT + "\n</script>\n</body>");
        Files.writeString(copy, html, StandardCharsets.UTF_8);
    }

    /** The measurements the probe wrote into a dumped DOM. */
    public static JsonNode result(String dumpedDom) throws IOException {
        Matcher m = RESULT.matcher(dumpedDom);
        if (!m.find()) {
            throw new IllegalStateException("the probe wrote no result (did the page load?); DOM starts with: "
                    + dumpedDom.substring(0, Math.min(300, dumpedDom.length())));
        }
        String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return new ObjectMapper().readTree(json);
    }
}
