package dev.rendezvous.reports.cli;

import dev.rendezvous.tck.launch.IsolatedRunner;
import dev.rendezvous.tck.launch.KitRunner;
import dev.rendezvous.tck.results.RunResult;
import dev.rendezvous.tck.run.RunOptions;
import dev.rendezvous.tck.run.RunProgress;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What runs the kit for the {@code run} command: the kit itself unless a test gives another. */
@FunctionalInterface
public interface KitLauncher {
    /** The kit in this JVM, with the implementation loaded beside it. */
    KitLauncher IN_PROCESS = KitRunner::run;

    /** The kit with the implementation in child JVMs: crashes, exits and hangs become verdicts. */
    KitLauncher ISOLATED = (options, progress) -> IsolatedRunner.run(options, jarsOf(options.loader()), progress);

    /** The default: isolated. */
    KitLauncher KIT = ISOLATED;

    /** Runs the kit with {@code options}, telling {@code progress} as it goes. */
    RunResult launch(RunOptions options, RunProgress progress);

    /** The jars an implementation loader reads from ({@link ImplLoader#of}), for the child's class path. */
    private static List<Path> jarsOf(ClassLoader loader) {
        List<Path> out = new ArrayList<>();
        if (loader instanceof URLClassLoader && loader != KitLauncher.class.getClassLoader()) {
            for (URL u : ((URLClassLoader) loader).getURLs()) {
                try {
                    out.add(Path.of(u.toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new UsageException("not a usable jar path: " + u);
                }
            }
        }
        return out;
    }
}
