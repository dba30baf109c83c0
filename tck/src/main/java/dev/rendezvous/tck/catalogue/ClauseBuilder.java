package dev.rendezvous.tck.catalogue;

import dev.rendezvous.api.Feature;
import java.util.Set;

/**
 * A clause written part by part, each part named where it is given: the ID and level first, then
 * the quoted sentence, the features, the allowed outcomes, what is checked and the notes. The
 * quote, the allowed outcomes and what is checked must be given; the features and the notes may
 * be left out (none).
 */
final class ClauseBuilder {
    private final String id;
    private final Level level;
    private String quote;
    private Set<Feature> requires = Set.of();
    private Set<Feature> anyOf = Set.of();
    private String allowed;
    private String checks;
    private String notes = "";
    private boolean needsLab;

    ClauseBuilder(String id, Level level) {
        this.id = id;
        this.level = level;
    }

    /** The sentence(s) quoted verbatim from the contract. */
    ClauseBuilder quote(String sentence) {
        this.quote = sentence;
        return this;
    }

    /** Features that must all be claimed for the clause to apply. */
    ClauseBuilder requires(Set<Feature> features) {
        this.requires = features;
        return this;
    }

    /** Features of which at least one must be claimed: the families the clause ranges over. */
    ClauseBuilder anyOf(Set<Feature> families) {
        this.anyOf = families;
        return this;
    }

    /** The outcomes the clause accepts, where the contract leaves room. */
    ClauseBuilder allowed(String outcomes) {
        this.allowed = outcomes;
        return this;
    }

    /** One line: what the kit checks. */
    ClauseBuilder checks(String what) {
        this.checks = what;
        return this;
    }

    /** What real stacks do, where it matters to the reading. */
    ClauseBuilder notes(String text) {
        this.notes = text;
        return this;
    }

    /** Provoking the clause needs the network lab. */
    ClauseBuilder needsLab() {
        this.needsLab = true;
        return this;
    }

    /** The clause; an IllegalStateException names the ID and the first required part left out. */
    Clause build() {
        require(quote, "quote");
        require(allowed, "allowed");
        require(checks, "checks");
        return new Clause(id, level, quote, requires, anyOf, allowed, checks, notes, needsLab);
    }

    private void require(String part, String name) {
        if (part == null) {
            throw new IllegalStateException("clause " + id + " has no " + name);
        }
    }
}
