package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Markdown.text;

import dev.rendezvous.reports.model.JarDigest;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;

/** The certification summary as Markdown: one table of facts, then the verdict counts. */
public final class CertificationMarkdown {
    private CertificationMarkdown() {}

    /** The Markdown for {@code c}. */
    public static String render(Certification c) {
        StringBuilder b = new StringBuilder("# ");
        if (c.certified()) {
            b.append("✔ ")
                    .append(Conformance.CONFORMANT)
                    .append(": ")
                    .append(text(c.implementationName() + " " + c.implementationVersion()));
        } else {
            b.append(c.headline().startsWith(Conformance.NOT_A_CERTIFICATION) ? "" : "✘ ")
                    .append(text(c.headline()));
        }
        b.append("\n\n## Rendezvous certification summary\n\n");
        b.append(
                c.certified()
                        ? "A certification run (every clause, the kit's default tries or more, no selection, replay or"
                                + " baseline): every MUST and SHOULD clause that applies to the claimed features PASSED.\n\n"
                        : "");
        b.append(Markdown.row("Item", "Value")).append(Markdown.delimiter(2));
        b.append(Markdown.row("Kit", text(c.kitName() + " " + c.kitVersion())));
        b.append(Markdown.row("Kit jar SHA-256", digest(c.kitJar())));
        b.append(Markdown.row("Implementation", text(c.implementationName())));
        b.append(Markdown.row("Implementation version", text(c.implementationVersion())));
        b.append(Markdown.row("Implementation class", Markdown.code(c.implementationClass())));
        for (JarDigest j : c.implementationJars()) {
            b.append(Markdown.row("Implementation jar SHA-256", digest(j)));
        }
        b.append(Markdown.row(
                "Features claimed", c.features().isEmpty() ? "none" : text(String.join(", ", c.features()))));
        b.append(Markdown.row("Seed", String.valueOf(c.seed())));
        b.append(Markdown.row("Tries per property", String.valueOf(c.tries())));
        b.append(Markdown.row("Strict", c.strict() ? "yes" : "no"));
        b.append(Markdown.row("Date", text(c.date())));
        b.append(Markdown.row(
                "Results file SHA-256", digest(c.results().path(), c.results().sha256())));
        b.append(Markdown.row("Gate", c.gatePassed() ? "passed" : "failed"));
        b.append(Markdown.row("Conformant", c.conformant() ? "yes" : "no"));
        b.append(Markdown.row("Certification run that conforms", c.certified() ? "yes" : "no"))
                .append('\n');
        b.append(Markdown.row("Verdict", "Clauses")).append(Markdown.delimiter(2));
        c.counts()
                .forEach((v, n) -> b.append(Markdown.row(text(Verdict.valueOf(v).marked()), String.valueOf(n))));
        return b.toString();
    }

    private static String digest(JarDigest j) {
        return digest(j.path(), j.sha256());
    }

    private static String digest(String path, String sha256) {
        String name = path.isEmpty() ? "" : " (" + text(fileName(path)) + ")";
        return (sha256.matches("[0-9a-f]{64}") ? Markdown.code(sha256) : text(sha256)) + name;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
