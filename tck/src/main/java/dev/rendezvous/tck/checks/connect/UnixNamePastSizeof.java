package dev.rendezvous.tck.checks.connect;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Endpoint;
import dev.rendezvous.tck.check.Expect;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import dev.rendezvous.tck.checks.steps.FailedConnect;
import dev.rendezvous.tck.checks.steps.LongPaths;
import dev.rendezvous.tck.checks.steps.ValueResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CONNECT-UNIX-LENGTH one byte and more past the limit: a length of 2 + strlen(path) that
 * exceeds {@code sizeof(struct sockaddr_un)} holds no UNIX-domain name. Given a drawn length from
 * 111 to 128 ({@code sizeof(struct sockaddr_storage)}) — either a listener's name padded with
 * zeros after its NUL, or a path that long, one byte or more too long for {@code sun_path} —
 * connect or bind (drawn) fails with EINVAL or ENAMETOOLONG. After connect the socket is not
 * connected, and connect with the contract's length then reaches the listener; after bind nothing
 * is bound: the socket stays unnamed, and no file is made at a path too long or its prefixes.
 */
final class UnixNamePastSizeof extends Property {
    UnixNamePastSizeof() {
        super("CONNECT-UNIX-LENGTH", "name-past-sizeof");
    }

    @Override
    public void check(Case c) throws Exception {
        Endpoint server = ClientSteps.drawnListener(c, AddressFamily.AF_UNIX);
        int length = c.between(Sockaddr.SIZEOF_SOCKADDR_UN + 1, ValueResult.SIZEOF_SOCKADDR_STORAGE);
        boolean longPath = c.choices().flip();
        byte[] bytes = Arrays.copyOf(server.name().bytes(), length);
        String path = server.name().unixPath();
        if (longPath) {
            StringBuilder p = new StringBuilder(path);
            while (LongPaths.bytesOf(p.toString()) < length - Sockaddr.OFFSETOF_SUN_PATH) {
                p.append((char) ('a' + p.length() % 26));
            }
            path = p.toString();
            byte[] pathBytes = path.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(pathBytes, 0, bytes, Sockaddr.OFFSETOF_SUN_PATH, pathBytes.length);
        }
        String what = longPath
                ? "a path of " + (length - Sockaddr.OFFSETOF_SUN_PATH) + " bytes, too long for sun_path"
                : "the listener's name " + server.name().describe() + " padded with zeros";
        int fd = c.socket(AddressFamily.AF_UNIX);
        if (c.choices().flip()) {
            String call = "bind(" + fd + ", " + what + ", " + length + ")";
            Expect.errno(
                    call + ": a length past sizeof(struct sockaddr_un) = 110",
                    () -> c.stack().bind(fd, bytes, length),
                    Errno.EINVAL,
                    Errno.ENAMETOOLONG);
            if (longPath) {
                LongPaths.expectNothingBound(c, fd, path, call);
            } else {
                LongPaths.expectUnnamed(c, fd, call);
            }
            return;
        }
        String call = "connect(" + fd + ", " + what + ", " + length + ")";
        Expect.errno(
                call + ": a length past sizeof(struct sockaddr_un) = 110",
                () -> c.stack().connect(fd, bytes, length),
                Errno.EINVAL,
                Errno.ENAMETOOLONG);
        FailedConnect.expectUnconnected(c, fd, call);
        int contract = ClientSteps.contractUnixLength(server.name());
        String retry = "connect(" + fd + ", " + server.name().describe() + ", " + contract
                + " = 2 + strlen(path)) after " + call;
        ClientSteps.connectSucceeds(c, fd, server.name().bytes(), contract, retry);
        ClientSteps.expectPeer(c, fd, server.name(), retry);
        ClientSteps.acceptWithin(c, server.fd(), "of the client that connected after " + call);
    }
}
