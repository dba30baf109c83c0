package dev.rendezvous.api.assertions.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.Sockaddr;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** How the assertions show bytes, names and errnos. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MarkedHexTest {
    private static final byte[] BYTES = {0x02, 0x00, (byte) 0xff, 0x10};

    @Test
    void a_mark_brackets_one_byte_and_a_boundary_puts_a_bar_before_its_byte() {
        assertThat(MarkedHex.of(BYTES, 2, 3)).isEqualTo("02 00 | ff [10]");
        assertThat(MarkedHex.marking(BYTES, 0)).isEqualTo("[02] 00 ff 10");
        assertThat(MarkedHex.of(BYTES, MarkedHex.NONE, MarkedHex.NONE)).isEqualTo("02 00 ff 10");
    }

    @Test
    void a_boundary_at_the_end_puts_the_bar_after_the_last_byte() {
        assertThat(MarkedHex.of(BYTES, 4, MarkedHex.NONE)).isEqualTo("02 00 ff 10 |");
        assertThat(MarkedHex.of(new byte[0], 0, MarkedHex.NONE)).isEqualTo("|");
    }

    @Test
    void the_representation_shows_names_decoded_beside_their_bytes() {
        RendezvousRepresentation r = RendezvousRepresentation.INSTANCE;

        assertThat(r.toStringOf(Sockaddr.unnamedUnix())).isEqualTo("AF_UNIX (unnamed) len=2 [01 00]");
        assertThat(r.toStringOf(BYTES)).isEqualTo("[02 00 ff 10]");
        assertThat(r.toStringOf(Errno.EPIPE)).isEqualTo("EPIPE (32): Broken pipe");
        assertThat(r.toStringOf("text")).isEqualTo("\"text\"");
    }

    @Test
    void family_and_port_are_shown_with_their_bytes_as_the_layout_holds_them() {
        assertThat(RendezvousRepresentation.family(10)).isEqualTo("AF_INET6 (10), bytes 0a 00");
        assertThat(RendezvousRepresentation.port(443)).isEqualTo("443, bytes 01 bb");
    }
}
