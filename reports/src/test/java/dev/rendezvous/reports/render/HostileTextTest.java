package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.Fixtures.nodes;
import static dev.rendezvous.reports.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.FailingCase;
import dev.rendezvous.reports.model.ImplementationInfo;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Whatever an implementation writes into names, messages and calls, every rendering stays well formed and shows it as text. */
class HostileTextTest {
    private static final String NASTY =
            "</pre><script>alert('x')</script> & \"q\" ]]> `| *b* [l](u) \u0000\u0007 \uD800 end";
    private static final String SHOWN =
            "</pre><script>alert('x')</script> & \"q\" ]]> `| *b* [l](u) \uFFFD\uFFFD \uFFFD end";

    private static Results hostile() {
        Results r = Fixtures.results(Fixtures.ACME);
        List<ClauseOutcome> clauses = new ArrayList<>();
        for (ClauseOutcome c : r.clauses()) {
            if (c.verdict() == Verdict.FAILED) {
                FailingCase x = new FailingCase(NASTY, NASTY, List.of(NASTY, "accept(3) -> 5"), List.of(1L), 2, NASTY);
                clauses.add(new ClauseOutcome(
                        c.id(),
                        c.level(),
                        c.quote(),
                        c.checks(),
                        c.allowed(),
                        c.verdict(),
                        NASTY,
                        c.cases(),
                        c.durationMillis(),
                        x,
                        "tok'en"));
            } else if (c.verdict() == Verdict.NOT_VERIFIED) {
                clauses.add(c.withVerdict(Verdict.NOT_VERIFIED, NASTY));
            } else {
                clauses.add(c);
            }
        }
        Results withText = r.withClauses(clauses);
        return new Results(
                withText.format(),
                withText.kit(),
                new ImplementationInfo("<b>Evil</b> & Co", "1\"2", "a.B<C>"),
                withText.features(),
                withText.environment(),
                withText.timing(),
                withText.seed(),
                withText.tries(),
                withText.strict(),
                withText.clauses(),
                withText.summary(),
                null,
                null,
                null);
    }

    @Test
    void theHtmlPageShowsItAsTextAndRunsNothing() {
        Document page = Fixtures.xml(HtmlReport.render(hostile()));
        assertThat(nodes(page, "//script")).isEmpty();
        String at = "//section[@data-verdict='FAILED']";
        assertThat(text(page, at + "//p[@class='message']")).isEqualTo(SHOWN);
        assertThat(text(page, at + "//pre[@class='detail']")).isEqualTo(SHOWN);
        assertThat(text(page, at + "//ol[@class='calls']/li[1]")).isEqualTo(SHOWN);
        assertThat(text(page, at + "//pre[@class='replay']"))
                .isEqualTo("java -jar reports/target/rendezvous.jar run --impl 'a.B<C>' --replay 'tok'\\''en'");
        assertThat(text(page, "//h1")).isEqualTo("Rendezvous conformance: <b>Evil</b> & Co 1\"2");
    }

    @Test
    void theJunitXmlStaysWellFormedAndCarriesTheText() {
        Document doc = Fixtures.xml(JunitXmlReport.render(hostile()));
        assertThat(text(doc, "//testcase[failure]/failure")).contains(SHOWN);
        assertThat(nodes(doc, "//testcase[skipped]/skipped/@message"))
                .extracting(n -> n.getNodeValue())
                .contains("NOT_VERIFIED: " + SHOWN);
        assertThat(text(doc, "//testcase[1]/@classname")).isEqualTo("a.B<C>");
    }

    @Test
    void theMatrixAndTheSpecReferenceStayWellFormed() {
        List<Results> both = List.of(hostile(), Fixtures.results(Fixtures.REFERENCE));
        assertThat(text(Fixtures.xml(HtmlMatrix.render(both)), "//thead/tr/th[@data-column='0']"))
                .isEqualTo("<b>Evil</b> & Co 1\"2");
        Document spec = Fixtures.xml(HtmlSpecReference.render(both));
        assertThat(nodes(spec, "//script")).isEmpty();
    }

    @Test
    void theMarkdownEscapesEveryMarkupCharacter() {
        String md = MarkdownReport.render(hostile());
        String outsideCode = md.replaceAll("(?s)```text\n.*?```", "").replaceAll("`[^`\n]*`", "");
        assertThat(outsideCode).doesNotContain("<script>").doesNotContain("<b>").contains("\\<b\\>Evil\\</b\\> \\& Co");
        assertThat(MarkdownReportTest.items(md, "Not verified"))
                .first()
                .asString()
                .contains(SHOWN.substring(0, 30));
        assertThat(md).doesNotContain("\u0000").doesNotContain("\u0007");
    }
}
