package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.Fixtures.nodes;
import static dev.rendezvous.reports.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.catalogue.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SpecReferenceTest {
    private static final List<String> PLAIN = List.of(
            "In the examples that follow, only Internet routines will be discussed.)",
            "© 2004 The SCO Group, Inc. All rights reserved.",
            "UnixWare 7 Release 7.1.4 - 27 April 2004",
            "Some of the more common errors returned when a connection attempt fails are:");

    private final List<Results> results =
            List.of(Fixtures.results(Fixtures.ACME), Fixtures.results(Fixtures.REFERENCE));

    /** What a rendering shows: each sentence with the clause IDs listed after it (empty: marked as stating none). */
    record Shown(String sentence, boolean behavioural, List<String> clauses) {}

    @Test
    void theHtmlDocumentFollowsEveryBehaviouralSentenceWithItsClauses() {
        Document page = Fixtures.xml(HtmlSpecReference.render(results));
        List<Shown> shown = new ArrayList<>();
        for (Node n : nodes(page, "//p[contains(@class,'sentence')]")) {
            Element p = (Element) n;
            boolean behavioural = p.getAttribute("data-behaviour").equals("true");
            List<String> ids = new ArrayList<>();
            if (behavioural) {
                nodes(p, "following-sibling::ul[1]/li/@data-clause").forEach(a -> ids.add(a.getNodeValue()));
            } else {
                assertThat(text(p, "span[@class='note']")).isEqualTo("(no behaviour stated)");
            }
            shown.add(new Shown(text(p, "span[@class='text']"), behavioural, ids));
        }
        assertCoversTheContract(shown);
        Set<String> full = new LinkedHashSet<>();
        nodes(page, "//li[@class='clause']/@data-clause")
                .forEach(a -> assertThat(full.add(a.getNodeValue())).isTrue());
        assertThat(full)
                .containsExactlyInAnyOrderElementsOf(
                        Catalogue.all().stream().map(Clause::id).toList());
        for (Clause c : Catalogue.all()) {
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).clause(c.id()).isEmpty()) {
                    continue; // a clause newer than the fixture's run: nothing to show for it
                }
                String verdict =
                        results.get(i).clause(c.id()).orElseThrow().verdict().name();
                assertThat(text(
                                page,
                                "//li[@class='clause' and @data-clause='" + c.id() + "']//li[@data-implementation='" + i
                                        + "']/span/@data-verdict"))
                        .as("%s, implementation %d", c.id(), i)
                        .isEqualTo(verdict);
            }
        }
    }

    @Test
    void theMarkdownDocumentFollowsEveryBehaviouralSentenceWithItsClauses() {
        String md = MarkdownSpecReference.render(results);
        List<Shown> shown = new ArrayList<>();
        String sentence = null;
        List<String> ids = new ArrayList<>();
        boolean plain = false;
        for (String line : (md + "\n> end").split("\n")) {
            if (line.startsWith("> ")) {
                if (sentence != null) {
                    assertThat(plain)
                            .as("'%s' is marked or has clauses, not both", sentence)
                            .isNotEqualTo(!ids.isEmpty());
                    shown.add(new Shown(sentence, !ids.isEmpty(), ids));
                }
                sentence = Markdown.unescape(line.substring(2));
                ids = new ArrayList<>();
                plain = false;
            } else if (line.startsWith("- **")) {
                ids.add(Markdown.unescape(line.substring(4, line.indexOf("**", 4))));
            } else if (line.equals("*(" + SpecReference.NO_BEHAVIOUR + ")*")) {
                plain = true;
            }
        }
        assertCoversTheContract(shown);
        for (Clause c : Catalogue.all()) {
            assertThat(md)
                    .contains("- **" + Markdown.text(c.id()) + "** " + c.level().name());
        }
    }

    /**
     * The sentences shown, joined, are the whole contract; each is listed with exactly the
     * clauses whose quote overlaps it (located here on their own, piece by piece); the
     * sentences known to state nothing are shown plainly.
     */
    private static void assertCoversTheContract(List<Shown> shown) {
        String spec = Spec.normalized();
        List<String> texts = shown.stream().map(Shown::sentence).toList();
        String navigationBar = "DOC HOME SITE MAP MAN PAGES GNU INFO SEARCH PRINT BOOK ";
        assertThat(flat(spec)).startsWith(navigationBar);
        assertThat(flat(String.join(" ", texts))).isEqualTo(flat(spec).substring(navigationBar.length()));
        Map<String, List<int[]>> pieces = new LinkedHashMap<>();
        for (Clause c : Catalogue.all()) {
            List<int[]> ranges = new ArrayList<>();
            int from = 0;
            for (String piece : Spec.normalize(c.quote()).split("\\.\\.\\.")) {
                String p = piece.trim();
                if (!p.isEmpty()) {
                    int at = spec.indexOf(p, from);
                    assertThat(at)
                            .as("piece of %s found in the contract", c.id())
                            .isNotNegative();
                    ranges.add(new int[] {at, at + p.length()});
                    from = at + p.length();
                }
            }
            pieces.put(c.id(), ranges);
        }
        int cursor = 0;
        for (Shown s : shown) {
            int start = spec.indexOf(s.sentence(), cursor);
            int end = start + s.sentence().length();
            cursor = end;
            List<String> expected = new ArrayList<>();
            pieces.forEach((id, ranges) -> {
                if (ranges.stream().anyMatch(r -> r[0] < end && r[1] > start)) {
                    expected.add(id);
                }
            });
            assertThat(s.clauses()).as("clauses after '%s'", s.sentence()).containsExactlyElementsOf(expected);
            assertThat(s.behavioural()).isEqualTo(!expected.isEmpty());
        }
        for (String p : PLAIN) {
            assertThat(shown)
                    .filteredOn(s -> s.sentence().equals(p))
                    .singleElement()
                    .satisfies(s -> assertThat(s.behavioural()).as(p).isFalse());
        }
        assertThat(shown.stream().filter(Shown::behavioural).count())
                .isGreaterThanOrEqualTo(Catalogue.all().size());
    }

    private static String flat(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}
