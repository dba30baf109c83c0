package dev.rendezvous.tck.checks.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Feature;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Knobs;
import dev.rendezvous.tck.check.Trace;
import dev.rendezvous.tck.check.TracedStack;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.Checks;
import dev.rendezvous.tck.property.Choices;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value-result discipline as the checks judge it, on buffers filled by hand. */
class ValueResultTest {
    private static final Sockaddr NAME = name();

    @Test
    void a_canaried_buffer_offers_the_space_asked_and_canaries_past_it() {
        SockaddrBuffer b = ValueResult.canaried(5);
        assertThat(b.length()).isEqualTo(5);
        assertThat(b.storage()).hasSize(13).containsOnly(ValueResult.CANARY);
        assertThat(ValueResult.canaried(0).storage()).hasSize(8).containsOnly(ValueResult.CANARY);
    }

    @Test
    void the_name_stored_as_the_contract_says_passes_for_every_offered_space() throws ErrnoException {
        for (int offered = 0; offered <= NAME.length() + 4; offered++) {
            SockaddrBuffer b = ValueResult.canaried(offered);
            b.store(NAME);
            int o = offered;
            assertThatCode(() -> ValueResult.expect("getsockname(3)", o, NAME, b))
                    .as("offered %d", offered)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void a_length_other_than_the_true_size_breaks_it() throws ErrnoException {
        SockaddrBuffer b = ValueResult.canaried(8);
        b.store(NAME);
        b.setLength(8);
        assertThatThrownBy(() -> ValueResult.expect("getsockname(3)", 8, NAME, b))
                .isInstanceOf(Violation.class)
                .hasMessage("getsockname(3) with 8 bytes offered set the length to 8, but the true size of the name "
                        + NAME + " is 16");
    }

    @Test
    void bytes_of_the_name_written_wrong_break_it() throws ErrnoException {
        SockaddrBuffer b = ValueResult.canaried(16);
        b.store(NAME);
        b.storage()[2] ^= 1;
        assertThatThrownBy(() -> ValueResult.expect("getpeername(4)", 16, NAME, b))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("getpeername(4) with 16 bytes offered: the first 16 bytes: expected [");
    }

    @Test
    void a_byte_written_past_the_name_inside_the_offered_space_breaks_it() throws ErrnoException {
        SockaddrBuffer b = ValueResult.canaried(20);
        b.store(NAME);
        b.storage()[16] = 0;
        assertThatThrownBy(() -> ValueResult.expect("accept(3)", 20, NAME, b))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith(
                        "accept(3) with 20 bytes offered wrote more than the 16 bytes of the name at offset 16: [");
    }

    @Test
    void a_byte_written_past_the_offered_space_breaks_it() throws ErrnoException {
        SockaddrBuffer b = ValueResult.canaried(6);
        b.store(NAME);
        b.storage()[6] = 0;
        assertThatThrownBy(() -> ValueResult.expect("accept(3)", 6, NAME, b))
                .isInstanceOf(Violation.class)
                .hasMessageStartingWith("accept(3) with 6 bytes offered wrote past the offered space at offset 6: [")
                .hasMessageEndingWith("] (canary a5)");
    }

    @Test
    void the_last_canary_is_checked_too() throws ErrnoException {
        SockaddrBuffer b = ValueResult.canaried(16);
        b.store(NAME);
        byte[] s = b.storage();
        s[s.length - 1] = 0;
        assertThatThrownBy(() -> ValueResult.expect("accept(3)", 16, NAME, b))
                .isInstanceOf(Violation.class)
                .hasMessageContaining("at offset " + (s.length - 1));
    }

    @Test
    void the_space_offered_is_drawn_from_nothing_to_past_the_true_size_or_past_the_largest_name() {
        assertThat(ValueResult.drawOffered(caseDrawing(0, 0), NAME)).isZero();
        assertThat(ValueResult.drawOffered(caseDrawing(0, 999), NAME)).isEqualTo(NAME.length() + 4);
        assertThat(ValueResult.drawOffered(caseDrawing(1, 17), NAME)).isEqualTo(17);
        assertThat(ValueResult.drawOffered(caseDrawing(1, 999), NAME)).isEqualTo(Sockaddr.SIZEOF_SOCKADDR_UN + 4);
    }

    /** A case whose draws are the given offsets, in order. */
    private static Case caseDrawing(long... offsets) {
        return new Case(
                Checks.byId("ACCEPT-VALUE-RESULT/getsockname-lengths").orElseThrow(),
                Choices.replay(offsets),
                new TracedStack(new NioSocketStack(), new Trace()),
                Knobs.DEFAULT,
                Set.of(Feature.INET),
                Path.of(System.getProperty("java.io.tmpdir")),
                "not needed");
    }

    private static Sockaddr name() {
        try {
            return Sockaddr.inet(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 4242);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
