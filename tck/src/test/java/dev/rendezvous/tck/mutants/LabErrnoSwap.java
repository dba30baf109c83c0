package dev.rendezvous.tck.mutants;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import java.util.Set;

/**
 * For the mutants that report one connection error as another: a connect that fails with one of
 * {@code from} fails with {@code to} instead, after the same wait.
 */
abstract class LabErrnoSwap extends ForwardingStack {
    private final Set<Errno> from;
    private final Errno to;
    private final boolean offLoopbackOnly;

    /**
     * @param offLoopbackOnly only for connects to addresses other than loopback (the loopback
     *     case of the same error stays right)
     */
    LabErrnoSwap(Set<Errno> from, Errno to, boolean offLoopbackOnly) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.offLoopbackOnly = offLoopbackOnly;
    }

    @Override
    public void connect(int fd, byte[] address, int length) throws ErrnoException {
        try {
            super.connect(fd, address, length);
        } catch (ErrnoException e) {
            if (from.contains(e.errno()) && (!offLoopbackOnly || LabDestination.offLoopback(address, length))) {
                throw new ErrnoException(to, e.errno().name() + ", reported as " + to.name());
            }
            throw e;
        }
    }
}
