package dev.rendezvous.reference;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.reference.BadInputFixture.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What Linux answers (with the reference implementation's documented deviations) to a call
 * with the arguments the bad-input test makes: the set of allowed errnos, {@link #OK} standing
 * for success. A {@code null} role is a number that is no descriptor.
 */
final class BadInputOracle {
    /** Success, in an allowed set. */
    static final Errno OK = null;

    private BadInputOracle() {}

    static Set<Errno> one(Errno e) {
        Set<Errno> s = new java.util.HashSet<>();
        s.add(e);
        return s;
    }

    static Set<Errno> socket(int domain, int type, Set<Family> claimed) {
        int flags = type & ~0xF;
        if ((flags & ~(NioSocketStack.SOCK_NONBLOCK | NioSocketStack.SOCK_CLOEXEC)) != 0) {
            return one(Errno.EINVAL);
        }
        if (domain < 0 || domain >= 46) {
            return one(Errno.EAFNOSUPPORT);
        }
        if ((type & 0xF) >= 11) {
            return one(Errno.EINVAL);
        }
        Family f = familyOf(domain);
        if (f == null || !claimed.contains(f)) {
            return one(Errno.EAFNOSUPPORT);
        }
        return one((type & 0xF) == 1 ? OK : Errno.ESOCKTNOSUPPORT);
    }

    private static Family familyOf(int domain) {
        for (Family f : Family.values()) {
            if (f.number == domain) {
                return f;
            }
        }
        return null;
    }

    /** The checks every name given to bind or connect goes through first; {@code null} if they pass. */
    private static Errno addressChecks(byte[] a, int len) {
        if (len < 0 || len > 128) {
            return Errno.EINVAL;
        }
        if (a == null && len > 0) {
            return Errno.EFAULT;
        }
        if (a != null && len > a.length) {
            return Errno.EFAULT;
        }
        return null;
    }

    private static int familyField(byte[] a) {
        return (a[0] & 0xFF) | (a[1] & 0xFF) << 8;
    }

    private static int minimum(Family f) {
        return f == Family.INET ? 16 : 24;
    }

    /**
     * bind; {@code pathExists}: for a UNIX-domain name, whether its path exists already.
     */
    static Set<Errno> bind(Family f, Role r, byte[] a, int len, boolean pathExists) {
        if (r == null) {
            return one(Errno.EBADF);
        }
        Errno early = addressChecks(a, len);
        if (early != null) {
            return one(early);
        }
        if (f.isUnix()) {
            if (len <= 2 || len > 110 || familyField(a) != AddressFamily.AF_UNIX) {
                return one(Errno.EINVAL);
            }
            if (pathExists) {
                return one(Errno.EADDRINUSE);
            }
            return one(r == Role.UNBOUND ? OK : Errno.EINVAL);
        }
        if (len < minimum(f)) {
            return one(Errno.EINVAL);
        }
        int fam = familyField(a);
        boolean unspecAny =
                f == Family.INET && fam == AddressFamily.AF_UNSPEC && a[4] == 0 && a[5] == 0 && a[6] == 0 && a[7] == 0;
        if (fam != f.number && !unspecAny) {
            return one(Errno.EAFNOSUPPORT);
        }
        return one(r == Role.UNBOUND ? OK : Errno.EINVAL);
    }

    /**
     * connect to a name that is either the refuser's (refused) or, for the UNIX domain, a path
     * that does not exist ({@code pathMissing}).
     */
    static Set<Errno> connect(Family f, Role r, byte[] a, int len, boolean pathMissing) {
        if (r == null) {
            return one(Errno.EBADF);
        }
        Errno early = addressChecks(a, len);
        if (early != null) {
            return one(early);
        }
        boolean connected = r == Role.CLIENT || r == Role.ACCEPTED;
        if (f.isUnix()) {
            if (len <= 2 || len > 110 || familyField(a) != AddressFamily.AF_UNIX) {
                return one(Errno.EINVAL);
            }
            if (pathMissing) {
                return one(Errno.ENOENT);
            }
            if (connected) {
                return one(Errno.EISCONN);
            }
            return one(r == Role.LISTENING ? Errno.EINVAL : Errno.ECONNREFUSED);
        }
        if (len < 2) {
            return one(Errno.EINVAL);
        }
        if (familyField(a) == AddressFamily.AF_UNSPEC) {
            return one(OK);
        }
        if (connected || r == Role.LISTENING) {
            return one(Errno.EISCONN);
        }
        if (len < minimum(f)) {
            return one(Errno.EINVAL);
        }
        if (familyField(a) != f.number) {
            return one(Errno.EAFNOSUPPORT);
        }
        return one(Errno.ECONNREFUSED);
    }

    static Set<Errno> listen(Family f, Role r) {
        if (r == null) {
            return one(Errno.EBADF);
        }
        if (r == Role.CLIENT || r == Role.ACCEPTED || (f.isUnix() && r == Role.UNBOUND)) {
            return one(Errno.EINVAL);
        }
        return one(OK);
    }

    private static Errno bufferChecks(SockaddrBuffer b) {
        if (b.length() < 0) {
            return Errno.EINVAL;
        }
        return b.length() > b.storage().length ? Errno.EFAULT : null;
    }

    static Set<Errno> accept(Role r, SockaddrBuffer b) {
        if (r == null) {
            return one(Errno.EBADF);
        }
        if (r != Role.LISTENING) {
            return one(Errno.EINVAL);
        }
        Errno e = b == null ? null : bufferChecks(b);
        return one(e != null ? e : Errno.EAGAIN);
    }

    static Set<Errno> getsockname(Role r, SockaddrBuffer b) {
        if (r == null) {
            return one(Errno.EBADF);
        }
        if (b == null) {
            return one(Errno.EFAULT);
        }
        return one(bufferChecks(b));
    }

    static Set<Errno> getpeername(Role r, SockaddrBuffer b) {
        if (r == null) {
            return one(Errno.EBADF);
        }
        if (r != Role.CLIENT && r != Role.ACCEPTED) {
            return one(Errno.ENOTCONN);
        }
        if (b == null) {
            return one(Errno.EFAULT);
        }
        return one(bufferChecks(b));
    }

    static Set<Errno> transfer(Family f, Role r, byte[] buf, int off, int len, boolean in) {
        if (r == null) {
            return one(Errno.EBADF);
        }
        if (r != Role.CLIENT && r != Role.ACCEPTED) {
            if (f.isUnix()) {
                return one(in ? Errno.EINVAL : Errno.ENOTCONN);
            }
            return one(in ? Errno.ENOTCONN : Errno.EPIPE);
        }
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            return one(Errno.EFAULT);
        }
        if (len == 0) {
            return one(OK);
        }
        Set<Errno> s = one(OK);
        s.add(Errno.EAGAIN);
        return s;
    }

    static Set<Errno> setBlockingOrClose(Role r) {
        return one(r == null ? Errno.EBADF : OK);
    }

    /** For messages: the allowed set, "OK" for success. */
    static String show(Set<Errno> allowed) {
        StringBuilder s = new StringBuilder("{");
        for (Errno e : allowed) {
            s.append(s.length() > 1 ? ", " : "").append(e == null ? "OK" : e.name());
        }
        return s.append('}').toString();
    }

    /** The families of a set of claimed features. */
    static Set<Family> claimed(Set<dev.rendezvous.api.Feature> features) {
        Set<Family> s = EnumSet.noneOf(Family.class);
        for (Family f : Family.values()) {
            if (features.contains(f.feature)) {
                s.add(f);
            }
        }
        return s;
    }
}
