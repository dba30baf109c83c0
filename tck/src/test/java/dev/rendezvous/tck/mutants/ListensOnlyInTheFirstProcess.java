package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.ErrnoException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A stack built around one routing process per family of processes: the first process to use
 * it (it leaves a mark in /tmp) serves listeners; in a process started by one that already uses
 * it, listen returns 0 and does nothing, so its listeners are never reached. Its clients reach
 * other processes' listeners as a real stack's do.
 */
@Breaks(
        value = "RENDEZVOUS-UNRELATED-PROCESS",
        how = "only the first process listens: a listener in a process it started is never reached")
public final class ListensOnlyInTheFirstProcess extends ForwardingStack {
    private static final boolean ROUTER = markOrFindParent();

    private static Path markOf(long pid) {
        return Path.of(System.getProperty("java.io.tmpdir"), "rendezvous-router-" + pid);
    }

    private static boolean markOrFindParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isPresent() && Files.exists(markOf(parent.get().pid()))) {
            return false;
        }
        Path mine = markOf(ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(mine);
            Files.createFile(mine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mine.toFile().deleteOnExit();
        return true;
    }

    @Override
    public void listen(int fd, int backlog) throws ErrnoException {
        if (ROUTER) {
            target.listen(fd, backlog);
        }
    }
}
