package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.reports.model.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several results files (one per implementation) laid out as one table: a row per clause, a
 * column per implementation. The HTML and Markdown matrices render it.
 */
public final class Matrix {
    /** What a cell shows when a file has no result for the clause. */
    public static final String ABSENT = "— not run";

    private final List<Results> columns;
    private final List<String> rows;

    /** The matrix of {@code results}, one column each, in the order given. */
    public Matrix(List<Results> results) {
        this.columns = List.copyOf(results);
        Set<String> ids = new LinkedHashSet<>();
        for (Results r : results) {
            for (ClauseOutcome c : r.clauses()) {
                ids.add(c.id());
            }
        }
        this.rows = List.copyOf(ids);
    }

    /** The implementations, one per column. */
    public List<Results> columns() {
        return columns;
    }

    /** The clause IDs, one per row: every clause of any file, in the order first met. */
    public List<String> rows() {
        return rows;
    }

    /** The column headings: implementation name and version (and the file's position when two are alike). */
    public List<String> headings() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String t = columns.get(i).implementation().title();
            out.add(out.contains(t) || columnsTitled(t) > 1 ? t + " (#" + (i + 1) + ")" : t);
        }
        return out;
    }

    private long columnsTitled(String title) {
        return columns.stream()
                .filter(r -> r.implementation().title().equals(title))
                .count();
    }

    /** The outcome in row {@code id}, column {@code column}. */
    public Optional<ClauseOutcome> cell(String id, int column) {
        return columns.get(column).clause(id);
    }

    /** The level of a row's clause, from the first file that has it. */
    public String level(String id) {
        for (Results r : columns) {
            Optional<ClauseOutcome> c = r.clause(id);
            if (c.isPresent()) {
                return c.get().level();
            }
        }
        return "";
    }

    /** The text of a cell: the verdict's symbol and name, or {@link #ABSENT}. */
    public String text(String id, int column) {
        return cell(id, column).map(c -> c.verdict().marked()).orElse(ABSENT);
    }

    /** How many clauses of {@code column} got {@code v}. */
    public int count(int column, Verdict v) {
        return columns.get(column).count(v);
    }
}
