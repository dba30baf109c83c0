package dev.rendezvous.tck.harness;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.Property;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A property of a catalogue clause whose check is given as a lambda, for the harness's own tests. */
final class TestProperty extends Property {
    /** The check of one case. */
    @FunctionalInterface
    interface Check {
        void check(Case c) throws Exception;
    }

    private final Check check;
    private Set<Feature> requires = Set.of();
    private int maxTries = Integer.MAX_VALUE;
    private Duration callDeadline;
    private Duration caseDeadline;
    private boolean everyFamilyEachCase;
    private String unchecked;

    TestProperty(String clauseId, String name, Check check) {
        super(clauseId, name);
        this.check = check;
    }

    TestProperty requiring(Feature... features) {
        requires = Set.of(features);
        return this;
    }

    TestProperty atMost(int tries) {
        maxTries = tries;
        return this;
    }

    /** Each case covers every family; {@code unchecked}, when not null, is what it says it leaves out. */
    TestProperty coveringEveryFamilyEachCase(String unchecked) {
        everyFamilyEachCase = true;
        this.unchecked = unchecked;
        return this;
    }

    TestProperty withDeadlines(Duration call, Duration wholeCase) {
        callDeadline = call;
        caseDeadline = wholeCase;
        return this;
    }

    @Override
    public Set<Feature> requires() {
        return requires;
    }

    @Override
    public int maxTries() {
        return maxTries;
    }

    @Override
    public boolean eachCaseCoversEveryFamily() {
        return everyFamilyEachCase;
    }

    @Override
    public Optional<String> uncheckedFamilies(List<Integer> claimed) {
        return Optional.ofNullable(unchecked);
    }

    @Override
    public Duration callDeadline(Knobs knobs) {
        return callDeadline == null ? super.callDeadline(knobs) : callDeadline;
    }

    @Override
    public Duration caseDeadline(Knobs knobs) {
        return caseDeadline == null ? super.caseDeadline(knobs) : caseDeadline;
    }

    @Override
    public void check(Case c) throws Exception {
        check.check(c);
    }
}
