package dev.rendezvous.tck.checks.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.ByteInvertingStack;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ForwardingStack;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Drawn byte strings sent across a connection, intact. */
class BytesCrossTest {
    @Test
    void the_bytes_are_drawn_one_by_one_while_the_list_goes_on() throws Exception {
        // a first byte 0x41, "one more" (weighted index 1), 0xff, "stop" (index 0)
        try (FixedCase c = FixedCase.onReference(
                Checks.byId("ACCEPT-NULL-POINTER/null-buffer").orElseThrow(), Feature.INET, 0x41, 1, 0xff, 0)) {
            c.c().family();
            assertThat(BytesCross.draw(c.c())).containsExactly(0x41, 0xff);
        }
    }

    @Test
    void without_draws_the_string_is_one_zero_byte() throws Exception {
        try (FixedCase c = FixedCase.onReference(
                Checks.byId("ACCEPT-NULL-POINTER/null-buffer").orElseThrow(), Feature.INET)) {
            c.c().family();
            assertThat(BytesCross.draw(c.c())).containsExactly(0);
        }
    }

    @Test
    void at_most_sixteen_bytes_are_drawn() throws Exception {
        long[] draws = new long[64];
        Arrays.fill(draws, 1);
        try (FixedCase c = FixedCase.onReference(
                Checks.byId("ACCEPT-NULL-POINTER/null-buffer").orElseThrow(), Feature.INET, draws)) {
            c.c().family();
            assertThat(BytesCross.draw(c.c())).hasSize(16);
        }
    }

    @Test
    void bytes_cross_both_ways_on_a_connection_of_the_reference() throws Exception {
        try (FixedCase c = FixedCase.onReference(
                Checks.byId("ACCEPT-NULL-POINTER/null-buffer").orElseThrow(), Feature.INET)) {
            ConnectedTrio t = ConnectedTrio.open(c.c(), c.c().family());
            assertThatCode(() -> BytesCross.bothWays(c.c(), t.client(), t.accepted(), "the pair"))
                    .doesNotThrowAnyException();
            assertThat(c.calls()).filteredOn(call -> call.startsWith("send(")).hasSize(2);
            assertThat(c.calls()).filteredOn(call -> call.startsWith("recv(")).hasSize(2);
        }
    }

    @Test
    void bytes_that_arrive_altered_are_a_violation_showing_both() throws Exception {
        try (FixedCase c = FixedCase.of(
                Checks.byId("ACCEPT-NULL-POINTER/null-buffer").orElseThrow(),
                ByteInvertingStack.everywhere(),
                Feature.INET,
                0x0f)) {
            c.c().family();
            ConnectedTrio t = ConnectedTrio.open(c.c(), AddressFamily.AF_INET);
            assertThatThrownBy(() -> BytesCross.oneWay(c.c(), t.client(), t.accepted(), "the pair"))
                    .isInstanceOf(Violation.class)
                    .hasMessage("the pair: the bytes sent on " + t.client() + " and received on " + t.accepted()
                            + ": expected [0f], got [f0]");
        }
    }

    @Test
    void a_send_that_fails_is_a_violation_naming_the_direction() throws Exception {
        try (FixedCase c = FixedCase.of(
                Checks.byId("ACCEPT-NULL-POINTER/null-buffer").orElseThrow(), new SendFails(), Feature.INET)) {
            c.c().family();
            ConnectedTrio t = ConnectedTrio.open(c.c(), AddressFamily.AF_INET);
            assertThatThrownBy(() -> BytesCross.bothWays(c.c(), t.client(), t.accepted(), "the pair"))
                    .isInstanceOf(Violation.class)
                    .hasMessageStartingWith(
                            "the pair: bytes could not cross from " + t.client() + " to " + t.accepted() + ": ")
                    .hasMessageContaining("EPIPE");
        }
    }

    /** Every send fails with EPIPE. */
    private static final class SendFails extends ForwardingStack {
        @Override
        public int send(int fd, byte[] buffer, int offset, int length) throws ErrnoException {
            throw new ErrnoException(Errno.EPIPE, "broken");
        }
    }
}
