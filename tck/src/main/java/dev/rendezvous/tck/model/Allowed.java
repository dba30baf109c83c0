package dev.rendezvous.tck.model;

import dev.rendezvous.api.Errno;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The outcomes the model allows for one call, and why: success, one errno, or a set of them
 * where kernels differ (connect on a listening socket: EISCONN, EINVAL or EOPNOTSUPP).
 */
final class Allowed {
    private final boolean success;
    private final Set<Errno> errnos;
    private final String because;

    private Allowed(boolean success, Set<Errno> errnos, String because) {
        this.success = success;
        this.errnos = errnos;
        this.because = because;
    }

    /** Only success. */
    public static Allowed success(String because) {
        return new Allowed(true, EnumSet.noneOf(Errno.class), because);
    }

    /** Only a failure with one of these errnos. */
    public static Allowed failure(String because, Errno first, Errno... more) {
        return new Allowed(false, EnumSet.of(first, more), because);
    }

    /** These outcomes, or success too. */
    public Allowed orSuccess(String why) {
        return new Allowed(true, errnos, because + "; " + why);
    }

    /** These outcomes, or a failure with {@code e} too. */
    public Allowed orFailure(Errno e, String why) {
        Set<Errno> more = errnos.isEmpty() ? EnumSet.of(e) : EnumSet.copyOf(errnos);
        more.add(e);
        return new Allowed(success, more, because + "; " + why);
    }

    /** Whether {@code o} is one of the allowed outcomes. */
    public boolean admits(Outcome o) {
        return o.succeeded() ? success : errnos.contains(o.errno());
    }

    /** Whether success is one of them. */
    public boolean admitsSuccess() {
        return success;
    }

    /** Why the model allows these. */
    public String because() {
        return because;
    }

    /** {@code success or EADDRINUSE (98): Address already in use}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (success) {
            parts.add("success");
        }
        for (Errno e : errnos) {
            parts.add(e.describe());
        }
        return (parts.size() == 1 ? "only " : "") + String.join(" or ", parts);
    }
}
