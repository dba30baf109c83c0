package dev.rendezvous.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Spec;
import dev.rendezvous.tck.results.Count;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a reader of the renderings trips on: a cut finding, the page's navigation as a sentence, "1 cases", raw key = value. */
class ReaderFixesTest {
    @Test
    void a_long_message_keeps_its_whole_finding_and_shortens_only_the_quoted_sentence() {
        String finding = "broke: accept with 0 bytes offered set the length to 0, but the true size of the name"
                + " AF_INET 127.0.0.1:50007 len=16 [02 00 c3 57 7f 00 00 01 00 00 00 00 00 00 00 00] is 16";
        String message = "ACCEPT-VALUE-RESULT («" + "The value-result parameter fromlen is initialized. ".repeat(8)
                + "») " + finding;

        String shortened = FindingText.shortened(message, 300);

        assertThat(shortened).endsWith("…») " + finding).startsWith("ACCEPT-VALUE-RESULT («The value-result");
        assertThat(FindingText.shortened("short («quote») finding", 300)).isEqualTo("short («quote») finding");
    }

    @Test
    void the_markdown_report_keeps_the_finding_of_a_failure() {
        Results acme = Fixtures.results(Fixtures.ACME);
        String md = MarkdownReport.render(acme);

        acme.withVerdict(dev.rendezvous.reports.model.Verdict.FAILED).forEach(c -> {
            String message = c.counterexample() != null ? c.counterexample().message() : c.reason();
            String finding = message.substring(message.lastIndexOf('»') + 1)
                    .replaceAll("\\s+", " ")
                    .trim();
            assertThat(Markdown.unescape(md)).contains(finding);
        });
    }

    @Test
    void the_first_sentence_of_the_contract_is_its_title_not_the_web_page_s_navigation() {
        var sentences = SpecSentences.of(Spec.text(), Catalogue.all());

        assertThat(sentences.get(0).text()).isEqualTo("Programming with sockets");
        assertThat(sentences).noneMatch(s -> s.text().contains("SITE MAP"));
        assertThat(SpecSentences.pageChrome("DOC HOME SITE MAP MAN PAGES GNU INFO SEARCH PRINT BOOK"))
                .isTrue();
        assertThat(SpecSentences.pageChrome("UNIX")).isTrue();
        assertThat(SpecSentences.pageChrome("Connection establishment")).isFalse();
    }

    @Test
    void one_is_singular() {
        assertThat(Count.of(1, "case")).isEqualTo("1 case");
        assertThat(Count.of(0, "clause")).isEqualTo("0 clauses");
        assertThat(Count.of(28, "clause")).isEqualTo("28 clauses");
    }

    @Test
    void timing_and_environment_are_tables_in_the_html_report() {
        String html = HtmlReport.render(Fixtures.results(Fixtures.REFERENCE));

        assertThat(html).doesNotContain("quietMillis = ").contains("<tr><th>Timing</th><td><table class=\"kv\">");
        assertThat(html).contains("<tr><th>Environment</th><td><table class=\"kv\">");
        assertThat(HtmlKeyValues.table(Map.of("lab", Map.of("available", false))))
                .isEqualTo("<table class=\"kv\"><tr><th>lab</th><td><table class=\"kv\"><tr><th>available</th>"
                        + "<td>false</td></tr></table></td></tr></table>");
    }
}
