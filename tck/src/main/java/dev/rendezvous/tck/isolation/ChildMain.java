package dev.rendezvous.tck.isolation;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.harness.ClauseRunner;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.run.KitException;
import dev.rendezvous.tck.run.KitInternalError;
import dev.rendezvous.tck.run.KitRunner;
import dev.rendezvous.tck.run.RunProgress;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The kit in a child JVM: arguments are the engine's configuration parameters as
 * {@code key=value}; it runs them and reports through {@link Protocol} lines.
 */
public final class ChildMain {
    /** The exit status that asks for a fresh child for the remaining clauses. */
    static final int RESTART_STATUS = 75;

    private ChildMain() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            KitRunner.runConfigured(config(args), null, reporter(out, System::exit));
            line(out, Protocol.DONE);
            System.exit(0);
        } catch (KitException e) {
            line(out, Protocol.ERROR + e.getMessage());
            System.exit(2);
        } catch (KitInternalError e) {
            line(out, Protocol.INTERNAL + e.getMessage());
            System.exit(3);
        }
    }

    /** The engine's configuration parameters from {@code key=value} arguments; others are ignored. */
    static Map<String, String> config(String[] args) {
        Map<String, String> config = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                config.put(a.substring(0, eq), a.substring(eq + 1));
            }
        }
        return config;
    }

    /**
     * Tells the parent how the run goes, one {@link Protocol} line at a time; after the result of
     * a clause whose case hung, asks for a fresh child: {@code exit} with {@link #RESTART_STATUS}.
     */
    static RunProgress reporter(PrintStream out, IntConsumer exit) {
        return new RunProgress() {
            @Override
            public void runStarted(Map<String, Object> meta) {
                line(out, Protocol.META + Json.writeCompact(meta));
            }

            @Override
            public void clauseStarted(Clause clause, int index, int total) {
                line(out, Protocol.START + clause.id());
            }

            @Override
            public void clauseFinished(ClauseResult result, int index, int total) {
                line(out, Protocol.RESULT + Json.writeCompact(ResultsJson.clauseToMap(result)));
                if (ClauseRunner.hung(result)) {
                    line(out, Protocol.RESTART);
                    exit.accept(RESTART_STATUS);
                }
            }
        };
    }

    private static void line(PrintStream out, String s) {
        synchronized (out) {
            out.println(s);
            out.flush();
        }
    }
}
