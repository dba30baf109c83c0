package dev.rendezvous.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium (Debian's package, {@code apt-get
 * install -y chromium}) loads the page from a file with every network feature off, and the
 * numbers in the DOM it built are the file's. Skipped, with the reason, where Chromium is not
 * installed.
 */
class ChromiumRenderTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern SUMMARY_ROW =
            Pattern.compile("<tr data-verdict=\"([A-Z_]+)\">.*?<td class=\"count\">(\\d+)</td>", Pattern.DOTALL);
    private static final Pattern CLAUSE = Pattern.compile(
            "<section class=\"clause[^\"]*\" id=\"[^\"]*\" data-clause=\"([^\"]+)\" data-verdict=\"([A-Z_]+)\"");

    @TempDir
    Path dir;

    @Test
    void chromiumRendersTheReportWithTheFilesNumbers() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "no browser: " + CHROMIUM + " is not installed (Debian: apt-get install -y chromium)");
        for (String name : List.of(Fixtures.ACME, Fixtures.REFERENCE)) {
            Results r = Fixtures.results(name);
            Path page = Files.writeString(dir.resolve(name + ".html"), HtmlReport.render(r));
            String dom = dumpDom(page);
            assertThat(dom)
                    .contains("Rendezvous conformance: " + r.implementation().title());
            Map<String, Integer> shown = new HashMap<>();
            Matcher m = SUMMARY_ROW.matcher(dom.substring(dom.indexOf("id=\"summary\"")));
            while (m.find()) {
                shown.put(m.group(1), Integer.parseInt(m.group(2)));
            }
            for (Verdict v : Verdict.values()) {
                assertThat(shown.get(v.name()))
                        .as("%s on the page for %s", v, name)
                        .isEqualTo(r.summary().get(v.name()));
            }
            assertThat(shown.get("TOTAL")).isEqualTo(r.clauses().size());
            Map<String, String> clauses = new HashMap<>();
            Matcher c = CLAUSE.matcher(dom);
            while (c.find()) {
                clauses.put(c.group(1), c.group(2));
            }
            assertThat(clauses).hasSize(r.clauses().size());
            r.clauses()
                    .forEach(k -> assertThat(clauses)
                            .containsEntry(k.id(), k.verdict().name()));
            assertThat(dom).contains(Conformance.of(r).marked());
        }
    }

    private String dumpDom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve("dom.html");
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--dump-dom",
                        page.toUri().toString())
                .redirectOutput(out.toFile())
                .redirectError(log.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("chromium did not finish within 120 s; its log:\n" + tail(log));
        }
        assertThat(p.exitValue())
                .as("chromium's exit status; its log:%n%s", tail(log))
                .isZero();
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(dom).as("chromium printed the DOM; its log:%n%s", tail(log)).contains("</html>");
        return dom;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
