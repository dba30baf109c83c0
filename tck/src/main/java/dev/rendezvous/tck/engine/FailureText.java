package dev.rendezvous.tck.engine;

import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.FailingCase;

/** A failed clause as text: the sentence, what broke, the shrunk calls and the replay token. */
public final class FailureText {
    private FailureText() {}

    /** The text of a failed clause's result, its replay token shown as it is. */
    public static String of(ClauseResult r) {
        return of(r, ReplayHint.NONE);
    }

    /** The text of a failed clause's result, with how to replay its case as {@code hint} says. */
    static String of(ClauseResult r, ReplayHint hint) {
        StringBuilder s = new StringBuilder();
        FailingCase x = r.counterexample();
        s.append(x == null ? r.clause().id() + ": " + r.reason() : x.message());
        if (x != null && !x.calls().isEmpty()) {
            s.append("\nshrunk case (").append(x.property()).append("):");
            for (String call : x.calls()) {
                s.append("\n  ").append(call);
            }
        }
        if (x != null && !x.detail().isEmpty()) {
            s.append("\n").append(x.detail());
        }
        if (r.replay() != null) {
            s.append("\n").append(hint == ReplayHint.NONE ? "replay: " + r.replay() : hint.lines(r.replay()));
        }
        return s.toString();
    }
}
