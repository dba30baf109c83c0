package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.checks.steps.ClientSteps;
import dev.rendezvous.tck.mutants.ForwardingStack;
import dev.rendezvous.tck.mutants.PeerIsOwnName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** CONNECT-UNIX-LENGTH: the contract's length without the NUL, and with it, both reach the server. */
class UnixLengthWithoutNulTest {
    private static final Pattern CONNECTED = Pattern.compile("^connect\\(\\d+, .*, (\\d+)\\) = 0$");

    @Test
    void the_reference_connects_without_the_nul_then_with_it() throws Exception {
        try (FixedCase c = FixedCase.onReference(new UnixLengthWithoutNul(), Feature.UNIX, 0, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            List<Integer> lengths = connectLengths(c);
            assertThat(lengths).hasSize(2);
            assertThat(lengths.get(1)).isEqualTo(lengths.get(0) + 1);
        }
    }

    @Test
    void the_reference_connects_with_the_nul_first_when_so_drawn() throws Exception {
        try (FixedCase c = FixedCase.onReference(new UnixLengthWithoutNul(), Feature.UNIX, 0, 1)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            List<Integer> lengths = connectLengths(c);
            assertThat(lengths).hasSize(2);
            assertThat(lengths.get(0)).isEqualTo(lengths.get(1) + 1);
        }
    }

    @Test
    void refusing_the_length_without_the_nul_is_a_violation_naming_it() throws Exception {
        try (FixedCase c = FixedCase.of(new UnixLengthWithoutNul(), new WantsTheNul(), Feature.UNIX, 0, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("connect\\(\\d+, .*, \\d+ = 2 \\+ strlen\\(path\\), no NUL\\) failed with"
                            + " EINVAL \\(22\\).*, but a server listens at the name");
        }
    }

    @Test
    void a_client_not_connected_to_the_server_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new UnixLengthWithoutNul(), new PeerIsOwnName(), Feature.UNIX, 0, 1)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("the client's peer name after connect\\(\\d+, .*, \\d+ = 2 \\+ strlen\\(path\\)"
                            + " \\+ 1, the NUL counted\\): expected .*");
        }
    }

    /** The lengths of the connect calls that succeeded, in order. */
    private static List<Integer> connectLengths(FixedCase c) {
        List<Integer> lengths = new ArrayList<>();
        for (String call : c.calls()) {
            Matcher m = CONNECTED.matcher(call);
            if (m.find()) {
                lengths.add(Integer.parseInt(m.group(1)));
            }
        }
        return lengths;
    }

    /** A path name must be given with its NUL counted in the length; without it, EINVAL. */
    private static final class WantsTheNul extends ForwardingStack {
        @Override
        public void connect(int fd, byte[] address, int length) throws ErrnoException {
            if (length == ClientSteps.contractUnixLength(Sockaddr.decode(address))) {
                throw new ErrnoException(Errno.EINVAL, "no NUL");
            }
            target.connect(fd, address, length);
        }
    }
}
