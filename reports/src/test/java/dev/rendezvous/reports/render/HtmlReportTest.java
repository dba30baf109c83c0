package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.Fixtures.nodes;
import static dev.rendezvous.reports.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.FailingCase;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

class HtmlReportTest {
    @ParameterizedTest
    @ValueSource(strings = {Fixtures.ACME, Fixtures.ACME_OLD, Fixtures.REFERENCE})
    void theSummaryOnThePageIsTheFilesSummary(String name) {
        Results r = Fixtures.results(name);
        Document page = Fixtures.xml(HtmlReport.render(r));
        for (Verdict v : Verdict.values()) {
            String count = text(page, "//table[@id='summary']/tr[@data-verdict='" + v.name() + "']/td[@class='count']");
            assertThat(Integer.parseInt(count))
                    .as(v.name())
                    .isEqualTo(r.summary().getOrDefault(v.name(), 0));
        }
        assertThat(text(page, "//table[@id='summary']/tr[@data-verdict='TOTAL']/td"))
                .isEqualTo("30");
        assertThat(nodes(page, "//section[@data-clause]")).hasSize(r.clauses().size());
        assertThat(text(page, "//p[@id='conformance']/@data-conformant"))
                .isEqualTo(String.valueOf(Conformance.of(r).conformant()));
        assertThat(text(page, "//p[@id='conformance']"))
                .isEqualTo(Conformance.of(r).marked());
        assertThat(text(page, "//p[@id='gate']/@data-gate")).isEqualTo(String.valueOf(r.gatePassed()));
    }

    @Test
    void everyClauseShowsItsIdLevelQuoteVerdictReasonCasesAndDuration() {
        Results r = Fixtures.results(Fixtures.ACME);
        Document page = Fixtures.xml(HtmlReport.render(r));
        for (ClauseOutcome c : r.clauses()) {
            String at = "//section[@data-clause='" + c.id() + "']";
            assertThat(text(page, at + "/@data-verdict")).isEqualTo(c.verdict().name());
            assertThat(text(page, at + "/h2/code[@class='id']")).isEqualTo(c.id());
            assertThat(text(page, at + "/h2/span[@class='level']")).isEqualTo(c.level());
            assertThat(text(page, at + "/h2/span[@data-verdict]"))
                    .as("readable without colour")
                    .isEqualTo(c.verdict().symbol() + " " + c.verdict().name());
            assertThat(text(page, at + "/blockquote")).isEqualTo(c.quote());
            assertThat(text(page, at + "//span[@class='reason']")).isEqualTo(c.reason());
            assertThat(text(page, at + "//span[@class='cases']")).isEqualTo(String.valueOf(c.cases()));
            assertThat(text(page, at + "//span[@class='duration']")).isEqualTo(c.durationMillis() + " ms");
        }
    }

    @Test
    void aFailureShowsTheShrunkCallsTheDetailAndTheReplayCommandExactly() {
        Results r = Fixtures.results(Fixtures.ACME);
        ClauseOutcome failed = r.clause("ACCEPT-VALUE-RESULT").orElseThrow();
        FailingCase x = failed.counterexample();
        Document page = Fixtures.xml(HtmlReport.render(r));
        String at = "//section[@data-clause='ACCEPT-VALUE-RESULT']";
        List<Node> calls = nodes(page, at + "//ol[@class='calls']/li");
        assertThat(calls).extracting(Node::getTextContent).containsExactlyElementsOf(x.calls());
        assertThat(text(page, at + "//p[@class='message']")).isEqualTo(x.message());
        assertThat(text(page, at + "//pre[@class='detail']")).isEqualTo(x.detail());
        assertThat(text(page, at + "//pre[@class='replay']"))
                .isEqualTo("java -jar reports/target/rendezvous.jar run --impl com.acme.net.AcmeStack --replay "
                        + failed.replay());
        assertThat(nodes(page, "//section[@data-verdict='PASSED']//pre[@class='replay']"))
                .isEmpty();
    }

    @Test
    void thePageLoadsNothingFromAnywhere() {
        String html = HtmlReport.render(Fixtures.results(Fixtures.ACME));
        Document page = Fixtures.xml(html);
        assertThat(nodes(page, "//script | //link | //img | //iframe | //object | //@src"))
                .isEmpty();
        assertThat(nodes(page, "//a/@href")).extracting(Node::getNodeValue).allMatch(h -> h.startsWith("#"));
        assertThat(html).doesNotContain("@import").doesNotContain("url(");
    }
}
