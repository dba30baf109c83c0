package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.Verdict;

/**
 * The frame every HTML rendering shares: a self-contained page (styles inline, no scripts,
 * fonts or images from anywhere) written as XHTML-compatible markup, so that it opens from a
 * CI artefact with no network and parses as XML.
 */
public final class HtmlPage {
    private static final String STYLE = String.join(
            "\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1b1b1b;line-height:1.45}",
            "h1{font-size:1.6em}h2{font-size:1.15em;margin:0 0 .4em}",
            "table{border-collapse:collapse;margin:1em 0}",
            "th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left;vertical-align:top}",
            "td.count{text-align:right;font-variant-numeric:tabular-nums}",
            "code,pre{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.92em}",
            "pre{background:#f4f4f4;border:1px solid #ddd;padding:.6em;overflow-x:auto;white-space:pre-wrap}",
            "pre.replay{user-select:all;background:#fffbe6}",
            "blockquote{margin:.4em 0;padding:.2em .8em;border-left:4px solid #999;color:#333}",
            "section.clause{border:1px solid #ccc;border-left-width:6px;padding:.6em 1em;margin:1em 0}",
            "dl{display:grid;grid-template-columns:max-content auto;gap:.15em 1em;margin:.4em 0}",
            "dt{font-weight:600}dd{margin:0}",
            ".verdict{font-weight:700;white-space:nowrap}",
            "section.v-PASSED{border-left-color:#2e7d32}span.v-PASSED{color:#2e7d32}",
            "section.v-FAILED{border-left-color:#c62828}span.v-FAILED{color:#c62828}",
            "section.v-NOT_CLAIMED{border-left-color:#757575}span.v-NOT_CLAIMED{color:#616161}",
            "section.v-NOT_VERIFIED{border-left-color:#ef6c00}span.v-NOT_VERIFIED{color:#b35000}",
            "section.v-EXPECTED_FAILURE{border-left-color:#6a1b9a}span.v-EXPECTED_FAILURE{color:#6a1b9a}",
            ".conformant{font-size:1.2em;font-weight:700}",
            ".plain{color:#555}.note{font-style:italic;color:#666;font-size:.9em}",
            "ul.clauses{margin:.2em 0 1em 1.5em;padding:0}ul.clauses li{margin:.4em 0}",
            "table.kv{border-collapse:collapse;margin:0}table.kv th,table.kv td{border:1px solid #ddd;padding:.1em .4em;"
                    + "text-align:left;vertical-align:top;font-weight:normal}table.kv th{color:#555}",
            "p.sentence{margin:.8em 0 .2em;padding-left:.6em;border-left:3px solid #999;font-family:Georgia,'DejaVu Serif',serif}");

    private HtmlPage() {}

    /** The page up to and including {@code <body>}, with {@code title} as title. */
    public static String start(String title) {
        return "<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
                + "<head>\n<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<title>" + Xml.escape(title) + "</title>\n"
                + "<style>\n" + STYLE + "\n</style>\n"
                + "</head>\n<body>\n";
    }

    /** The end of the page. */
    public static String end() {
        return "</body>\n</html>\n";
    }

    /** A verdict as a span: its symbol and name, coloured only as an extra. */
    public static String verdict(Verdict v) {
        return "<span class=\"verdict v-" + v.name() + "\" data-verdict=\"" + v.name() + "\">" + Xml.escape(v.marked())
                + "</span>";
    }

    /** The anchor name of a clause on a page. */
    public static String anchor(String clauseId) {
        return "clause-" + clauseId.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
