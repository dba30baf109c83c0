package dev.rendezvous.reports.render;

/** The renderings the command line can write, by the name {@code --format} takes. */
public enum Format {
    /** The results file itself ({@code results.json}); written by every run. */
    JSON,
    /** One self-contained HTML page per results file. */
    HTML,
    /** Markdown for a pull-request comment, per results file. */
    MD,
    /** JUnit XML for any CI server, per results file. */
    JUNIT,
    /** The clause × implementation matrix over all results files (HTML and Markdown). */
    MATRIX,
    /** The contract sentence by sentence with clauses and verdicts (HTML and Markdown). */
    SPEC,
    /** The certification summary, per results file (Markdown and JSON). */
    CERT
}
