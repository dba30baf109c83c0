package dev.rendezvous.tck.run;

import dev.rendezvous.tck.catalogue.Clause;

/**
 * Whether this run takes a clause, asked just before the clause would start. Runs that share
 * their clauses (the lanes of an isolated run, each a child JVM given the same clauses) take
 * each one in exactly one of them: whichever asks first. A clause not taken is not run here,
 * and gets no verdict here.
 */
@FunctionalInterface
public interface ClauseShare {
    /** A run that shares with no one: it takes every clause. */
    ClauseShare ALL = clause -> true;

    /** Whether this run takes {@code clause}; once it has, it must run it. */
    boolean take(Clause clause);
}
