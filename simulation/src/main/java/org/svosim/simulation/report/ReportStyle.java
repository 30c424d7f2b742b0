package org.svosim.simulation.report;

/** The report's style sheet, inlined into the page: system fonts only, nothing fetched from the network. */
final class ReportStyle {
    static final String CSS = String.join("\n",
            ":root { color-scheme: light; --ink: #1d2430; --muted: #5b6472; --line: #d9dee5; --accent: #2f5d8a;"
                    + " --band: #f3f5f8; }",
            "* { box-sizing: border-box; }",
            "body { margin: 0; color: var(--ink); background: #fff;"
                    + " font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial,"
                    + " 'Liberation Sans', sans-serif; }",
            "main { max-width: 1120px; margin: 0 auto; padding: 24px 20px 64px; }",
            "header.report { border-bottom: 3px solid var(--accent); padding-bottom: 8px; }",
            "h1 { font-size: 1.65rem; margin: 0 0 2px; }",
            "h2 { font-size: 1.3rem; margin: 40px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }",
            "h3 { font-size: 1.05rem; margin: 22px 0 2px; }",
            "p { margin: 8px 0; max-width: 88ch; }",
            ".subtitle { color: var(--muted); margin: 0; }",
            "nav.toc ol { display: flex; flex-wrap: wrap; gap: 2px 20px; margin: 12px 0 0; padding: 0;"
                    + " list-style: none; }",
            "a { color: var(--accent); }",
            ".caption { color: var(--muted); margin: 0 0 8px; font-size: 0.9rem; }",
            ".table-box { max-width: 100%; overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; }",
            "table { border-collapse: collapse; width: 100%; font-size: 0.88rem;"
                    + " font-variant-numeric: tabular-nums; }",
            "th, td { padding: 5px 9px; border-bottom: 1px solid var(--line); vertical-align: top;"
                    + " text-align: left; }",
            "thead th { background: var(--band); font-weight: 600; }",
            "tbody tr:nth-child(even) { background: #fafbfc; }",
            "tbody tr:last-child td { border-bottom: none; }",
            "td.num { text-align: right; white-space: nowrap; }",
            "td.text { overflow-wrap: break-word; }",
            "td.word { white-space: nowrap; }",
            "figure { margin: 28px 0; }",
            "img.chart { display: block; width: 100%; max-width: 900px; height: auto; border: 1px solid var(--line); }",
            "figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 6px; max-width: 900px; }",
            "figcaption strong { color: var(--ink); }",
            ".files { display: block; font-size: 0.82rem; overflow-wrap: anywhere; }",
            "pre.source { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--band); padding: 12px;"
                    + " border-radius: 4px; font-size: 0.82rem; }",
            "code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;"
                    + " font-size: 0.88em; background: var(--band); padding: 0 3px; border-radius: 3px;"
                    + " overflow-wrap: anywhere; }",
            "details { margin: 14px 0; }",
            "summary { cursor: pointer; color: var(--accent); }",
            ".empty { color: var(--muted); font-style: italic; }",
            ".missing { color: #a3332b; font-weight: 600; }",
            ".warning { background: #fff4e5; border-left: 4px solid #e69500; padding: 8px 12px; }",
            "@media print { main { max-width: none; } nav.toc, .files { display: none; }"
                    + " .table-box { overflow: visible; border: none; } figure, tr { break-inside: avoid; }"
                    + " h2, h3 { break-after: avoid; } }",
            "");

    private ReportStyle() {
    }
}
