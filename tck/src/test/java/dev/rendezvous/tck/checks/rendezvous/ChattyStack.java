package dev.rendezvous.tck.checks.rendezvous;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.mutants.ForwardingStack;

/**
 * The reference implementation behind a JVM that talks: on loading it prints a warning on
 * standard error, as a JDK does on a library's first restricted call into native code, and a
 * banner on standard output, as some libraries do. Neither is an answer of the kit's client
 * process.
 */
public class ChattyStack extends ForwardingStack {
    /** What the stack prints on standard error when it is loaded. */
    static final String WARNING = "WARNING: A restricted method in java.lang.foreign.Linker has been called";

    static {
        System.err.println(WARNING);
        System.err.println(
                "WARNING: Use --enable-native-access=ALL-UNNAMED to avoid a warning for callers in this module");
        System.out.println("chatty stack loaded; OK is not at the start of this line");
    }

    /** Over a new reference implementation. */
    public ChattyStack() {
        super();
    }

    /** Over {@code target}. */
    protected ChattyStack(SocketStack target) {
        super(target);
    }
}
