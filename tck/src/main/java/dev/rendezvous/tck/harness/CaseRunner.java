package dev.rendezvous.tck.harness;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.NotVerifiedException;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.check.Trace;
import dev.rendezvous.tck.check.TracedStack;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.property.Choices;
import dev.rendezvous.tck.property.InvalidCase;
import dev.rendezvous.tck.property.Trial;
import dev.rendezvous.tck.property.TrialOutcome;
import dev.rendezvous.tck.wire.WireSocketStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the cases of one property, contained: each case on a thread of its own, every call
 * under the call deadline, the whole case under the property's case deadline. A hang becomes a
 * failed case with a thread dump, and the run goes on; the descriptors the case left open are
 * closed (and counted); anything thrown that is not the contract's becomes a failure naming it.
 * After a hang the property's remaining cases are not run (shrinking a hang would only repeat it).
 */
public final class CaseRunner implements Trial {
    private static final Duration POLL = Duration.ofMillis(20);

    private final Property property;
    private final RunContext run;
    private volatile boolean hung;
    private int descriptorsLeftOpen;
    private int turns;
    private final Map<Integer, Integer> passedByFamily = new TreeMap<>();

    public CaseRunner(Property property, RunContext run) {
        this.property = property;
        this.run = run;
    }

    /** How many descriptors the property's cases left open (the harness closed them). */
    public int descriptorsLeftOpen() {
        return descriptorsLeftOpen;
    }

    /** How many cases passed, by the family (AF_ number) each drew; cases that drew no family are left out. */
    public Map<Integer, Integer> passedByFamily() {
        return Map.copyOf(passedByFamily);
    }

    @Override
    public TrialOutcome run(Choices choices) {
        if (hung) {
            return TrialOutcome.invalid("an earlier case of this property hung; no further case is run");
        }
        Trace trace = new Trace();
        TracedStack stack = new TracedStack(run.stack(), trace);
        Case c = new Case(
                property, choices, stack, run.knobs(), run.claimed(), run.unixDir(), run.labAbsence(), turns++);
        CompletableFuture<Throwable> done = new CompletableFuture<>();
        Thread main = new Thread(
                () -> {
                    try {
                        property.check(c);
                        done.complete(null);
                    } catch (Throwable e) {
                        done.complete(e);
                    }
                },
                "rendezvous-case-" + property.id());
        main.setDaemon(true);
        main.start();
        Throwable thrown;
        try {
            thrown = await(main, c, stack, done);
        } finally {
            cleanUp(main, c, stack, trace);
        }
        TrialOutcome outcome = outcome(thrown, trace.lines());
        if (outcome instanceof TrialOutcome.Passed && c.familyDrawn() != AddressFamily.AF_UNSPEC) {
            passedByFamily.merge(c.familyDrawn(), 1, Integer::sum);
        }
        return outcome;
    }

    private Throwable await(Thread main, Case c, TracedStack stack, CompletableFuture<Throwable> done) {
        long deadline = System.nanoTime() + property.caseDeadline(run.knobs()).toNanos();
        long callDeadline = property.callDeadline(run.knobs()).toNanos();
        while (true) {
            try {
                return done.get(POLL.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                for (TracedStack.CallInProgress call : stack.callsInProgress()) {
                    if (now - call.startNanos() > callDeadline) {
                        return hang(
                                "the call " + call.call() + " did not return within "
                                        + property.callDeadline(run.knobs()).toMillis() + " ms",
                                main,
                                c);
                    }
                }
                if (now > deadline) {
                    return hang(
                            "the case did not finish within "
                                    + property.caseDeadline(run.knobs()).toMillis() + " ms",
                            main,
                            c);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Violation("the run was interrupted");
            } catch (ExecutionException e) {
                return e.getCause();
            }
        }
    }

    private CaseHung hang(String message, Thread main, Case c) {
        hung = true;
        List<Thread> threads = new ArrayList<>();
        threads.add(main);
        threads.addAll(c.threads());
        return new CaseHung(message + WireSocketStack.unansweredOf(run.stack()), Hang.dump(threads));
    }

    /** Interrupts the case's threads and closes what it left open, within the call deadline. */
    private void cleanUp(Thread main, Case c, TracedStack stack, Trace trace) {
        for (Thread t : c.threads()) {
            if (t.isAlive()) {
                t.interrupt();
            }
        }
        if (main.isAlive()) {
            main.interrupt();
        }
        Set<Integer> left = stack.openDescriptors();
        if (left.isEmpty()) {
            return;
        }
        descriptorsLeftOpen += left.size();
        Thread closer = new Thread(
                () -> {
                    List<Integer> newestFirst = new ArrayList<>(left);
                    Collections.reverse(newestFirst);
                    for (int fd : newestFirst) {
                        try {
                            run.stack().close(fd);
                        } catch (ErrnoException | RuntimeException ignored) {
                            // best effort: the case is over, its outcome is already decided
                        }
                    }
                },
                "rendezvous-cleanup-" + property.id());
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(run.knobs().callDeadline().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private TrialOutcome outcome(Throwable thrown, List<String> calls) {
        if (thrown == null) {
            return TrialOutcome.passed();
        }
        if (thrown instanceof InvalidCase) {
            return TrialOutcome.invalid(thrown.getMessage());
        }
        if (thrown instanceof NotVerifiedException) {
            return TrialOutcome.notVerified(thrown.getMessage());
        }
        if (thrown instanceof Violation || thrown instanceof CaseHung) {
            return TrialOutcome.failed(thrown.getMessage(), thrown, calls);
        }
        if (thrown instanceof ErrnoException) {
            String last = calls.isEmpty() ? "a call" : "the call " + calls.get(calls.size() - 1);
            return TrialOutcome.failed(
                    last + " failed where the contract expects it to succeed: " + thrown.getMessage(), thrown, calls);
        }
        return TrialOutcome.failed("the check itself could not go on: " + thrown, thrown, calls);
    }
}
