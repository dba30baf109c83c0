package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.render.Xml.attribute;
import static dev.rendezvous.reports.render.Xml.escape;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * One results file as JUnit XML in the layout CI servers read (the Ant / Surefire report
 * schema): one {@code testcase} per clause, with the implementation's class as
 * {@code classname} and the clause ID as {@code name}. FAILED becomes a {@code failure}
 * carrying the counterexample; NOT_CLAIMED, NOT_VERIFIED and EXPECTED_FAILURE become
 * {@code skipped} with the reason in its message, so that no clause is silently skipped.
 */
public final class JunitXmlReport {
    private JunitXmlReport() {}

    /** The XML document for {@code r}. */
    public static String render(Results r) {
        int tests = r.clauses().size();
        int failures = r.count(Verdict.FAILED);
        int skipped = tests - failures - r.count(Verdict.PASSED);
        String time = seconds(
                r.clauses().stream().mapToLong(ClauseOutcome::durationMillis).sum());
        String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped
                + "\" time=\"" + time + "\"";
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<testsuites name=\"Rendezvous conformance\"").append(counts).append(">\n");
        b.append("  <testsuite name=\"")
                .append(attribute(
                        "Rendezvous conformance: " + r.implementation().title()))
                .append('"')
                .append(counts);
        timestamp(r).ifPresent(t -> b.append(" timestamp=\"").append(t).append('"'));
        b.append(">\n    <properties>\n");
        property(b, "kit", r.kit().name() + " " + r.kit().version());
        property(b, "implementation", r.implementation().title());
        property(b, "implementation.class", r.implementation().className());
        property(b, "features", String.join(",", r.features()));
        property(b, "seed", String.valueOf(r.seed()));
        property(b, "tries", String.valueOf(r.tries()));
        property(b, "strict", String.valueOf(r.strict()));
        Conformance verdict = Conformance.of(r);
        property(b, "gate", verdict.gatePassed() ? "passed" : "failed");
        property(b, "conformant", String.valueOf(verdict.conformant()));
        property(b, "certification", verdict.headline());
        b.append("    </properties>\n");
        for (ClauseOutcome c : r.clauses()) {
            testcase(r, c, b);
        }
        b.append("  </testsuite>\n</testsuites>\n");
        return b.toString();
    }

    private static void testcase(Results r, ClauseOutcome c, StringBuilder b) {
        b.append("    <testcase classname=\"")
                .append(attribute(r.implementation().className()))
                .append("\" name=\"")
                .append(attribute(c.id()))
                .append("\" time=\"")
                .append(seconds(c.durationMillis()))
                .append('"');
        switch (c.verdict()) {
            case PASSED:
                b.append("/>\n");
                return;
            case FAILED:
                b.append(">\n      <failure message=\"")
                        .append(attribute(failureMessage(c)))
                        .append("\" type=\"FAILED\">")
                        .append(escape(failureText(r, c)))
                        .append("</failure>\n");
                break;
            case EXPECTED_FAILURE:
                b.append(">\n      <skipped message=\"")
                        .append(attribute("expected failure: " + c.reason()))
                        .append("\"/>\n");
                break;
            default:
                b.append(">\n      <skipped message=\"")
                        .append(attribute(c.verdict().name() + ": " + c.reason()))
                        .append("\"/>\n");
        }
        b.append("    </testcase>\n");
    }

    private static String failureMessage(ClauseOutcome c) {
        String m = c.counterexample() != null && !c.counterexample().message().isBlank()
                ? c.counterexample().message()
                : c.reason();
        return c.id() + ": " + m;
    }

    private static String failureText(Results r, ClauseOutcome c) {
        StringBuilder t = new StringBuilder();
        t.append(c.quote()).append("\n\nreason: ").append(c.reason()).append('\n');
        if (c.counterexample() != null) {
            t.append('\n').append(CounterexampleText.of(c.counterexample()));
        }
        ReplayCommand.of(r, c)
                .ifPresent(cmd -> t.append("\nreplay: ").append(cmd).append('\n'));
        return t.toString();
    }

    private static void property(StringBuilder b, String name, String value) {
        b.append("      <property name=\"")
                .append(attribute(name))
                .append("\" value=\"")
                .append(attribute(value))
                .append("\"/>\n");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** The run's date in the schema's form (local date-time, no zone: UTC), when the file records it. */
    private static Optional<String> timestamp(Results r) {
        if (r.provenance() == null || r.provenance().date() == null) {
            return Optional.empty();
        }
        try {
            Instant at = Instant.parse(r.provenance().date()).truncatedTo(ChronoUnit.SECONDS);
            return Optional.of(
                    LocalDateTime.ofInstant(at, ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
