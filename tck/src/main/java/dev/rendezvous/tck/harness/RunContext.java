package dev.rendezvous.tck.harness;

import dev.rendezvous.api.Feature;
import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.check.Knobs;
import java.nio.file.Path;
import java.util.Set;

/**
 * What every case of a run shares.
 *
 * @param stack the implementation under test (untraced)
 * @param claimed the features it claims
 * @param knobs the timing knobs
 * @param seed the run's seed
 * @param tries tries per property
 * @param unixDir the directory fresh UNIX-domain paths are made in
 * @param labAbsence why the network lab is not around this run (null: the run is inside the lab)
 */
public record RunContext(
        SocketStack stack, Set<Feature> claimed, Knobs knobs, long seed, int tries, Path unixDir, String labAbsence) {
    public RunContext {
        claimed = Set.copyOf(claimed);
    }
}
