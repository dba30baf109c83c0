package dev.rendezvous.reports.render;

import dev.rendezvous.reports.model.ClauseOutcome;
import dev.rendezvous.reports.model.Results;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.catalogue.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the spec-reference document shows, whatever its format: the contract sentence by
 * sentence, the clauses after each behavioural sentence (in full where first met, as a
 * pointer back where a clause spans several sentences), and each implementation's verdict.
 */
public final class SpecReference {
    /** The note shown with a sentence that no clause covers. */
    public static final String NO_BEHAVIOUR = "no behaviour stated";

    private final List<SpecSentences.Sentence> sentences;
    private final List<Clause> unplaced;
    private final List<Results> results;
    private final List<Clause> clauses;
    private final List<String> headings;

    /** The document for the shipped contract and catalogue, with the verdicts of {@code results}. */
    public SpecReference(List<Results> results) {
        this(Spec.text(), Catalogue.all(), results);
    }

    /** The document for a given contract text and clauses. */
    public SpecReference(String specText, List<Clause> clauses, List<Results> results) {
        this.sentences = SpecSentences.of(specText, clauses);
        this.unplaced = SpecSentences.unplaced(sentences, clauses);
        this.results = List.copyOf(results);
        this.clauses = List.copyOf(clauses);
        this.headings = new Matrix(results).headings();
    }

    /** The contract's sentences, in order. */
    public List<SpecSentences.Sentence> sentences() {
        return sentences;
    }

    /** Clauses whose quote is found nowhere in the text; shown at the end, so that none is lost. */
    public List<Clause> unplaced() {
        return unplaced;
    }

    /** The implementations whose verdicts are shown. */
    public List<Results> results() {
        return results;
    }

    /** Whether sentence {@code index} is the first that {@code clause} covers (it is shown in full there). */
    public boolean firstMention(int index, Clause clause) {
        for (int i = 0; i < index; i++) {
            if (sentences.get(i).clauses().contains(clause)) {
                return false;
            }
        }
        return true;
    }

    /** The outcome of {@code clause} in results file {@code column}. */
    public Optional<ClauseOutcome> outcome(int column, Clause clause) {
        return results.get(column).clause(clause.id());
    }

    /** The name of results file {@code column}'s implementation, as its verdicts are labelled. */
    public String implementation(int column) {
        return headings.get(column);
    }

    /** IDs that some results file has but the catalogue does not know. */
    public List<String> unknownIds() {
        Set<String> known = new HashSet<>();
        clauses.forEach(c -> known.add(c.id()));
        Set<String> out = new LinkedHashSet<>();
        for (Results r : results) {
            for (ClauseOutcome c : r.clauses()) {
                if (!known.contains(c.id())) {
                    out.add(c.id());
                }
            }
        }
        return new ArrayList<>(out);
    }
}
