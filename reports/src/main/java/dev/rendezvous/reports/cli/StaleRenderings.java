package dev.rendezvous.reports.cli;

import dev.rendezvous.reports.render.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A run owns every rendering of its results in its folder: those of an earlier run that this one
 * did not write again are removed, so that no old report stands beside the new results.
 */
final class StaleRenderings {
    private StaleRenderings() {}

    /** Removes from {@code dir} the renderings of a single results file that are not among {@code written}. */
    static void remove(Path dir, List<Path> written, PrintWriter out) throws IOException {
        for (String name : ReportWriter.SINGLE_RESULTS_FILES) {
            Path p = dir.resolve(name);
            if (!written.contains(p) && Files.deleteIfExists(p)) {
                out.println("removed: " + p + " (an earlier run's)");
            }
        }
    }
}
