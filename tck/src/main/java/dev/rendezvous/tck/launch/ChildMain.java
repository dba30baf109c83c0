package dev.rendezvous.tck.launch;

import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.engine.OptionsConfig;
import dev.rendezvous.tck.harness.ClauseRunner;
import dev.rendezvous.tck.loading.KitException;
import dev.rendezvous.tck.loading.KitInternalError;
import dev.rendezvous.tck.process.ParentWatch;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Json;
import dev.rendezvous.tck.results.ResultsJson;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The kit in a child JVM: its arguments are the options of the run ({@link #arguments}); it
 * runs those of its clauses the parent lets it take ({@link AskingParent}) and reports through
 * {@link Protocol} lines.
 */
public final class ChildMain {
    /** The exit status that asks for a fresh child for the remaining clauses. */
    static final int RESTART_STATUS = 75;

    private ChildMain() {}

    public static void main(String[] args) {
        ParentWatch.start();
        PrintStream out = System.out;
        BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            KitRunner.run(options(args), reporter(out, System::exit), new AskingParent(out, answers));
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

    /** The child's arguments for {@code options}: the engine's configuration parameters as {@code key=value}. */
    static List<String> arguments(RunOptions options) {
        List<String> args = new ArrayList<>();
        OptionsConfig.encode(options).forEach((k, v) -> args.add(k + "=" + v));
        return args;
    }

    /**
     * The options {@link #arguments} gave the child; arguments that are not {@code key=value} are ignored.
     *
     * @throws KitException when a parameter is malformed
     */
    static RunOptions options(String[] args) {
        Map<String, String> config = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                config.put(a.substring(0, eq), a.substring(eq + 1));
            }
        }
        return OptionsConfig.decode(config);
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
                line(out, Protocol.RESULT + ResultsJson.clauseToLine(result));
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
