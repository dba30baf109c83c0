package dev.rendezvous.reports.render;

import static dev.rendezvous.reports.Fixtures.nodes;
import static dev.rendezvous.reports.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reports.Fixtures;
import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import dev.rendezvous.reports.verdict.Conformance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MatrixTest {
    private final List<Results> results =
            List.of(Fixtures.results(Fixtures.ACME), Fixtures.results(Fixtures.REFERENCE));

    @Test
    void theHtmlMatrixHasAColumnPerImplementationAndACellPerClause() {
        Document page = Fixtures.xml(HtmlMatrix.render(results));
        assertThat(nodes(page, "//thead/tr/th[@data-column]")).hasSize(2);
        assertThat(text(page, "//thead/tr/th[@data-column='0']")).isEqualTo("Acme Sockets 2.1");
        assertThat(nodes(page, "//tbody/tr")).hasSize(30);
        for (int col = 0; col < results.size(); col++) {
            for (ClauseOutcome c : results.get(col).clauses()) {
                assertThat(text(page, "//tbody/tr[@data-clause='" + c.id() + "']/td[" + (col + 3) + "]/@data-verdict"))
                        .as("%s in column %d", c.id(), col)
                        .isEqualTo(c.verdict().name());
            }
            for (Verdict v : Verdict.values()) {
                assertThat(text(page, "//tfoot/tr[@data-total='" + v.name() + "']/td[" + (col + 1) + "]"))
                        .isEqualTo(String.valueOf(results.get(col).summary().getOrDefault(v.name(), 0)));
            }
        }
    }

    @Test
    void theMarkdownMatrixReadsBackToTheSameVerdictsAndTotals() {
        List<List<String>> rows = MarkdownTables.table(MarkdownMatrix.render(results), "Clause");
        assertThat(rows.get(0)).containsExactly("Clause", "Level", "Acme Sockets 2.1", "rendezvous-reference 0.1.0");
        for (List<String> row : rows.subList(1, 31)) {
            for (int col = 0; col < results.size(); col++) {
                Verdict v = results.get(col).clause(row.get(0)).orElseThrow().verdict();
                assertThat(row.get(col + 2)).isEqualTo(v.marked());
            }
        }
        int totals = 31 + Verdict.values().length;
        for (List<String> row : rows.subList(31, totals)) {
            Verdict v = Verdict.valueOf(row.get(0).substring(2));
            for (int col = 0; col < results.size(); col++) {
                assertThat(Integer.parseInt(row.get(col + 2)))
                        .isEqualTo(results.get(col).summary().getOrDefault(v.name(), 0));
            }
        }
        assertThat(rows.get(totals)).containsExactly("Gate", "", "✘ failed", "✔ passed");
        assertThat(rows.get(totals + 1))
                .containsExactly(
                        "Conformant",
                        "",
                        Conformance.of(results.get(0)).marked(),
                        Conformance.of(results.get(1)).marked());
    }

    @Test
    void aClauseOneFileLacksIsShownAsNotRun() {
        Results short1 = Fixtures.results(Fixtures.REFERENCE);
        short1 = short1.withClauses(short1.clauses().subList(0, 27));
        Matrix m = new Matrix(List.of(short1, Fixtures.results(Fixtures.ACME)));
        assertThat(m.rows()).hasSize(30);
        assertThat(m.text("ALTERNATIVES-NONBLOCKING", 0)).isEqualTo(Matrix.ABSENT);
    }

    @Test
    void twoFilesOfTheSameImplementationGetDistinctHeadings() {
        Results r = Fixtures.results(Fixtures.REFERENCE);
        assertThat(new Matrix(List.of(r, r)).headings()).doesNotHaveDuplicates();
    }
}
