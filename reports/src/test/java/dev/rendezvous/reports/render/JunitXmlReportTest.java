package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.Fixtures.nodes;
import static dev.rendezvous.reports.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

class JunitXmlReportTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Fixtures.path("xsd/junit-report.xsd").toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.ACME, Fixtures.ACME_OLD, Fixtures.REFERENCE})
    void isValidByTheJunitReportSchema(String name) {
        String xml = JunitXmlReport.render(Fixtures.results(name));
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(xml))))
                .doesNotThrowAnyException();
    }

    @Test
    void theSchemaRejectsWhatCiServersWouldNot() {
        String bad = "<testsuites><testsuite name=\"x\" tests=\"1\"><testcase/></testsuite></testsuites>";
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(bad))))
                .as("a testcase without a name")
                .hasMessageContaining("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.ACME, Fixtures.ACME_OLD, Fixtures.REFERENCE})
    void theCountsAreTheFilesSummary(String name) {
        Results r = Fixtures.results(name);
        Document doc = Fixtures.xml(JunitXmlReport.render(r));
        int failed = r.summary().get("FAILED");
        int skipped = r.summary().get("NOT_CLAIMED")
                + r.summary().get("NOT_VERIFIED")
                + r.summary().get("EXPECTED_FAILURE");
        for (String suite : List.of("/testsuites", "/testsuites/testsuite")) {
            assertThat(text(doc, suite + "/@tests")).isEqualTo("30");
            assertThat(text(doc, suite + "/@failures")).isEqualTo(String.valueOf(failed));
            assertThat(text(doc, suite + "/@skipped")).isEqualTo(String.valueOf(skipped));
            assertThat(text(doc, suite + "/@errors")).isEqualTo("0");
        }
        assertThat(nodes(doc, "//testcase")).hasSize(30);
        assertThat(nodes(doc, "//testcase[failure]")).hasSize(failed);
        assertThat(nodes(doc, "//testcase[skipped]")).hasSize(skipped);
    }

    @Test
    void eachClauseIsATestcaseNamedByItsIdUnderTheImplementationsClass() {
        Results r = Fixtures.results(Fixtures.ACME);
        Document doc = Fixtures.xml(JunitXmlReport.render(r));
        assertThat(nodes(doc, "//testcase/@name"))
                .extracting(Node::getNodeValue)
                .containsExactlyElementsOf(
                        r.clauses().stream().map(ClauseOutcome::id).toList());
        assertThat(nodes(doc, "//testcase/@classname"))
                .extracting(Node::getNodeValue)
                .containsOnly("com.acme.net.AcmeStack");
    }

    @Test
    void skippedClausesCarryTheirReasonAndFailuresTheirCounterexample() {
        Results r = Fixtures.results(Fixtures.ACME);
        Document doc = Fixtures.xml(JunitXmlReport.render(r));
        for (ClauseOutcome c : r.clauses()) {
            String message = text(doc, "//testcase[@name='" + c.id() + "']/skipped/@message");
            if (c.verdict() == Verdict.EXPECTED_FAILURE) {
                assertThat(message).isEqualTo("expected failure: " + c.reason());
            } else if (c.verdict() == Verdict.NOT_CLAIMED || c.verdict() == Verdict.NOT_VERIFIED) {
                assertThat(message).isEqualTo(c.verdict().name() + ": " + c.reason());
            }
        }
        ClauseOutcome failed = r.clause("ACCEPT-VALUE-RESULT").orElseThrow();
        String at = "//testcase[@name='ACCEPT-VALUE-RESULT']/failure";
        assertThat(text(doc, at + "/@message"))
                .isEqualTo("ACCEPT-VALUE-RESULT: " + failed.counterexample().message());
        String body = text(doc, at);
        assertThat(body)
                .contains(failed.counterexample().calls())
                .contains(failed.counterexample().detail())
                .contains("--replay " + failed.replay());
    }
}
