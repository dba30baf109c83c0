package dev.rendezvous.tck.launch;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.run.ClauseShare;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The clauses a child JVM takes: before each, it asks the parent ({@link Protocol#TAKE}) and
 * runs the clause only if the answer, the next line of its standard input, says it is its own.
 * The lanes of an isolated run share their clauses this way: whichever child is free first
 * takes the next one. The answer is read by the asking thread, and only then: no thread stays
 * blocked on the input.
 */
final class AskingParent implements ClauseShare {
    private final PrintStream out;
    private final BufferedReader answers;

    /**
     * @param out the child's standard output, the parent's end of which reads the question
     * @param answers the child's standard input, where the parent answers
     */
    AskingParent(PrintStream out, BufferedReader answers) {
        this.out = out;
        this.answers = answers;
    }

    @Override
    public synchronized boolean take(Clause clause) {
        synchronized (out) {
            out.println(Protocol.TAKE + clause.id());
            out.flush();
        }
        String answer;
        try {
            answer = answers.readLine();
        } catch (IOException e) {
            throw new KitInternalError("cannot read the parent's answer for " + clause.id() + ": " + e.getMessage());
        }
        if (answer == null) {
            throw new KitInternalError("the parent closed the input before answering for " + clause.id());
        }
        if (!answer.equals(Protocol.YOURS) && !answer.equals(Protocol.NOT_YOURS)) {
            throw new KitInternalError("the parent answered «" + answer + "» for " + clause.id());
        }
        return answer.equals(Protocol.YOURS);
    }
}
