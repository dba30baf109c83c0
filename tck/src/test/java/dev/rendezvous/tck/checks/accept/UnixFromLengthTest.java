package dev.rendezvous.tck.checks.accept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * ACCEPT-UNIX-FROM, one case at a time over the reference: an unnamed client comes back as the
 * family alone, unless the stack named the client itself, in which case accept gives that name.
 */
class UnixFromLengthTest {
    private static final Set<Feature> UNIX = Set.of(Feature.UNIX);
    /** The listener's path draws no characters of its own; the client is unnamed. */
    private static final long[] UNNAMED = {0, 0};
    /** The listener's path draws none; the client is bound to a path of five drawn characters. */
    private static final long[] NAMED = {0, 1, 5};

    @Test
    void the_reference_gives_the_family_alone_for_an_unnamed_client_and_the_path_for_a_named_one() {
        assertThatCode(() -> FixedCase.checkDraws(new UnixFromLength(), new ForwardingStack() {}, UNIX, UNNAMED))
                .doesNotThrowAnyException();
        assertThatCode(() -> FixedCase.checkDraws(new UnixFromLength(), new ForwardingStack() {}, UNIX, NAMED))
                .doesNotThrowAnyException();
    }

    @Test
    void a_stack_that_names_unbound_clients_itself_gives_that_name_to_accept() throws Exception {
        Autobinding stack = new Autobinding(true);
        FixedCase.checkDraws(new UnixFromLength(), stack, UNIX, UNNAMED);
        assertThat(stack.named).isNotEmpty();
    }

    @Test
    void accept_must_give_the_name_the_stack_gave_the_client_not_the_family_alone() {
        assertThatThrownBy(() -> FixedCase.checkDraws(new UnixFromLength(), new Autobinding(false), UNIX, UNNAMED))
                .isInstanceOf(Violation.class)
                .hasMessage("accept with fromlen = sizeof(struct sockaddr_un) = 110, for an unnamed client, set"
                        + " fromlen to 2; the true size is 8");
    }

    @Test
    void a_named_client_must_come_back_with_its_path_and_the_nul_counted() {
        ForwardingStack noNul = new ForwardingStack() {
            @Override
            public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
                int accepted = super.accept(fd, from);
                from.setLength(from.length() - 1);
                return accepted;
            }
        };
        assertThatThrownBy(() -> FixedCase.checkDraws(new UnixFromLength(), noNul, UNIX, NAMED))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith(
                        "accept with fromlen = sizeof(struct sockaddr_un) = 110, for a client bound to ")
                .hasMessageEndingWith(" (2 + strlen(path) + 1 for the NUL)");
    }

    @Test
    void a_named_client_must_come_back_with_its_own_path() {
        ForwardingStack otherPath = new ForwardingStack() {
            @Override
            public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
                int accepted = super.accept(fd, from);
                from.storage()[from.length() - 2] ^= 1;
                return accepted;
            }
        };
        assertThatThrownBy(() -> FixedCase.checkDraws(new UnixFromLength(), otherPath, UNIX, NAMED))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("the name accept gave for a client bound to ")
                .hasMessageContaining(": expected ");
    }

    /**
     * Gives every UNIX-domain client that connects unbound a name of its own, an abstract one as
     * Linux's autobind makes ({@code \0} and five hex digits), shown by getsockname; accept gives
     * it too, or, if {@code acceptShowsIt} is false, the family alone.
     */
    private static final class Autobinding extends ForwardingStack {
        final Map<Integer, Sockaddr> named = new ConcurrentHashMap<>();
        private final Set<Integer> bound = ConcurrentHashMap.newKeySet();
        private final boolean acceptShowsIt;
        private volatile Sockaddr last;

        Autobinding(boolean acceptShowsIt) {
            this.acceptShowsIt = acceptShowsIt;
        }

        @Override
        public void bind(int fd, byte[] address, int length) throws ErrnoException {
            super.bind(fd, address, length);
            bound.add(fd);
        }

        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            super.connect(fd, address, length);
            if (Sockaddr.familyOf(address) == AddressFamily.AF_UNIX && !bound.contains(fd)) {
                Sockaddr name = autobound(named.size());
                named.put(fd, name);
                last = name;
            }
        }

        @Override
        public void getsockname(int fd, SockaddrBuffer name) throws ErrnoException {
            Sockaddr own = named.get(fd);
            if (own == null) {
                super.getsockname(fd, name);
                return;
            }
            name.store(own);
        }

        @Override
        public int accept(int fd, SockaddrBuffer from) throws ErrnoException {
            int accepted = super.accept(fd, from);
            if (acceptShowsIt && from != null && last != null && from.name().isUnnamed()) {
                from.setLength(Sockaddr.SIZEOF_SOCKADDR_UN);
                from.store(last);
            }
            return accepted;
        }

        private static Sockaddr autobound(int n) {
            byte[] family = Sockaddr.unnamedUnix().bytes();
            byte[] b = Arrays.copyOf(family, Sockaddr.OFFSETOF_SUN_PATH + 6);
            byte[] hex = String.format("%05x", n).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(hex, 0, b, Sockaddr.OFFSETOF_SUN_PATH + 1, 5);
            return Sockaddr.decode(b);
        }
    }
}
