package dev.rendezvous.tck.checks.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ListenIgnoresBadDescriptor;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** LISTEN-SOCKET-PARAMETER: listen on a number that is no descriptor fails with EBADF. */
class ListenOnBadDescriptorTest {
    private static final Pattern FD = Pattern.compile("^\\w+\\(.*\\) = (\\d+)$");

    @Test
    void a_descriptor_closed_just_after_socket_gives_ebadf() throws Exception {
        try (FixedCase c = FixedCase.onReference(new ListenOnBadDescriptor(), Feature.INET, 0, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            int fd = returned(c.calls().get(0));
            assertThat(c.calls())
                    .containsExactly(
                            "socket(AF_INET, SOCK_STREAM) = " + fd,
                            "close(" + fd + ") = 0",
                            "listen(" + fd + ", 1) -> EBADF (9)");
        }
    }

    @Test
    void a_descriptor_closed_after_bind_or_after_listen_gives_ebadf() throws Exception {
        for (int stage = 1; stage <= 2; stage++) {
            try (FixedCase c = FixedCase.onReference(new ListenOnBadDescriptor(), Feature.INET, 0, stage, 3)) {
                assertThatCode(c::check).doesNotThrowAnyException();
                List<String> calls = c.calls();
                int fd = returned(calls.get(0));
                assertThat(calls).anyMatch(call -> call.startsWith("bind(" + fd + ", "));
                assertThat(calls.stream().anyMatch(call -> call.equals("listen(" + fd + ", 5) = 0")))
                        .as("listened before the close, at stage %d", stage)
                        .isEqualTo(stage == 2);
                assertThat(calls).endsWith("close(" + fd + ") = 0", "listen(" + fd + ", 4) -> EBADF (9)");
            }
        }
    }

    @Test
    void a_number_above_every_open_descriptor_gives_ebadf() throws Exception {
        try (FixedCase c = FixedCase.onReference(new ListenOnBadDescriptor(), Feature.INET, 1, 7, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            int top = returned(c.calls().get(0));
            assertThat(c.calls()).endsWith("listen(" + (top + 8) + ", 1) -> EBADF (9)");
        }
    }

    @Test
    void a_negative_number_gives_ebadf() throws Exception {
        try (FixedCase c = FixedCase.onReference(new ListenOnBadDescriptor(), Feature.INET, 2, 41, 0)) {
            assertThatCode(c::check).doesNotThrowAnyException();
            assertThat(c.calls()).containsExactly("listen(-42, 1) -> EBADF (9)");
        }
    }

    @Test
    void listen_that_succeeds_on_a_closed_descriptor_is_a_violation() throws Exception {
        try (FixedCase c = FixedCase.of(new ListenOnBadDescriptor(), new ListenIgnoresBadDescriptor(), Feature.INET)) {
            assertThatThrownBy(c::check)
                    .isInstanceOf(Violation.class)
                    .hasMessageMatching("listen\\((\\d+), 1\\) on closed descriptor \\1: expected EBADF \\(9\\).*, but"
                            + " the call succeeded");
        }
    }

    private static int returned(String call) {
        Matcher m = FD.matcher(call);
        assertThat(m.matches()).as(call).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
