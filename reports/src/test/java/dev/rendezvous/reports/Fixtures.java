package dev.rendezvous.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.ResultsReader;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.results.RunResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The hand-made results files under {@code src/test/resources}, and ways to read what the reports write. */
public final class Fixtures {
    /** Acme Sockets 2.1: INET and INET6 only; one FAILED, one EXPECTED_FAILURE, three NOT_VERIFIED, four NOT_CLAIMED. */
    public static final String ACME = "acme-results.json";
    /** Acme Sockets 2.0: two FAILED (ACCEPT-BLOCKS, CONNECT-NAME-REMAINS), ACCEPT-VALUE-RESULT passed. */
    public static final String ACME_OLD = "acme-old-results.json";
    /** The reference implementation: everything PASSED but the three lab clauses (NOT_VERIFIED). */
    public static final String REFERENCE = "reference-results.json";

    private static final List<String> CHECK_RESULTS = List.of(
            "../tools/check-results",
            "tools/check-results",
            "../../shared/tools/check-results",
            "../shared/tools/check-results");

    private Fixtures() {}

    /** The path of a test resource. */
    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/" + name);
        assertThat(url).as("test resource %s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture read with the reports' reader. */
    public static Results results(String name) {
        return ResultsReader.read(path(name));
    }

    /** A fixture as the kit's own run result, as the kit would hand it to the command line. */
    public static RunResult runResult(String name) {
        try {
            Map<String, Object> m = ResultsReader.mapper()
                    .readValue(Files.readString(path(name)), new TypeReference<Map<String, Object>>() {});
            List<ClauseResult> clauses = new ArrayList<>();
            for (Object c : (List<?>) m.get("clauses")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> cm = (Map<String, Object>) c;
                clauses.add(ResultsJson.clauseFromMap(cm));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> kit = (Map<String, Object>) m.get("kit");
            @SuppressWarnings("unchecked")
            Map<String, Object> impl = (Map<String, Object>) m.get("implementation");
            @SuppressWarnings("unchecked")
            List<String> features = (List<String>) m.get("features");
            @SuppressWarnings("unchecked")
            Map<String, Object> env = (Map<String, Object>) m.get("environment");
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) m.get("timing");
            return new RunResult(
                    (String) kit.get("name"),
                    (String) kit.get("version"),
                    (String) impl.get("name"),
                    (String) impl.get("version"),
                    (String) impl.get("class"),
                    features,
                    env,
                    timing,
                    ((Number) m.get("seed")).longValue(),
                    ((Number) m.get("tries")).intValue(),
                    (Boolean) m.get("strict"),
                    clauses);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses XML (or the XHTML-compatible HTML the reports write); fails the test when it is not well formed. */
    public static Document xml(String text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The nodes an XPath expression selects. */
    public static List<Node> nodes(Object context, String xpath) {
        try {
            NodeList list =
                    (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODESET);
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add(list.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The string value of an XPath expression. */
    public static String text(Object context, String xpath) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(xpath, context);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** The shared check-results tool, when this machine has it and python3. */
    public static Optional<Path> checkResultsTool() {
        for (String c : CHECK_RESULTS) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs check-results on {@code file} and asserts that it exits 0; aborts the test with
     * the reason when the tool is not on this machine.
     */
    public static void assertAcceptedByCheckResults(Path file) throws IOException, InterruptedException {
        Optional<Path> tool = checkResultsTool();
        Assumptions.assumeTrue(
                tool.isPresent(),
                "check-results not found at any of " + CHECK_RESULTS + " (relative to "
                        + Path.of("").toAbsolutePath() + ")");
        Process p = new ProcessBuilder("python3", tool.get().toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("check-results finished").isTrue();
        assertThat(p.exitValue())
                .as("check-results on %s said:%n%s", file, output)
                .isZero();
        assertThat(output).contains("0 problems");
    }
}
