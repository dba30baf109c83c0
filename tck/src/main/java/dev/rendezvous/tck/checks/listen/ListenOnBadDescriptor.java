package dev.rendezvous.tck.checks.listen;

import dev.rendezvous.api.Errno;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;

/**
 * LISTEN-SOCKET-PARAMETER, a first parameter that is no socket: listen on a number that is no
 * descriptor fails with EBADF. The number is drawn: one just closed (after socket, perhaps
 * bind and listen), one above every descriptor open in the case, or a negative one.
 */
final class ListenOnBadDescriptor extends Property {
    ListenOnBadDescriptor() {
        super("LISTEN-SOCKET-PARAMETER", "bad-descriptor");
    }

    @Override
    public void check(Case c) throws Exception {
        int family = c.family();
        int kind = c.between(0, 2);
        int number;
        String what;
        if (kind == 0) {
            number = closedNumber(c, family);
            what = "closed descriptor " + number;
        } else if (kind == 1) {
            int top = c.socket(family);
            for (int fd : c.traced().openDescriptors()) {
                top = Math.max(top, fd);
            }
            number = top + 1 + c.between(0, 1 << 16);
            what = number + ", above every open descriptor (the highest is " + top + ")";
        } else {
            number = -1 - c.between(0, Integer.MAX_VALUE - 1);
            what = "the negative number " + number;
        }
        int backlog = c.between(1, 8);
        Expect.errno(
                "listen(" + number + ", " + backlog + ") on " + what,
                () -> c.stack().listen(number, backlog),
                Errno.EBADF);
    }

    private static int closedNumber(Case c, int family) throws Exception {
        int stage = c.between(0, 2);
        int fd;
        if (stage == 0) {
            fd = c.socket(family);
        } else if (stage == 1) {
            fd = c.bound(family).fd();
        } else {
            fd = c.listener(family).fd();
        }
        c.stack().close(fd);
        return fd;
    }
}
