package dev.rendezvous.tck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CallFormatTest {
    private static Sockaddr inet(int port) throws Exception {
        return Sockaddr.inet(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
    }

    @Test
    void a_name_is_decoded_with_its_length_and_bytes() throws Exception {
        Sockaddr a = inet(0x1f90);

        assertThat(CallFormat.address(a.bytes(), 16))
                .isEqualTo("{AF_INET 127.0.0.1:8080 [02 00 1f 90 7f 00 00 01 00 00 00 00 00 00 00 00]}, 16");
    }

    @Test
    void a_null_name_is_written_as_null() {
        assertThat(CallFormat.address(null, 16)).isEqualTo("NULL, 16");
    }

    @Test
    void a_name_that_does_not_decode_is_shown_by_family_and_bytes() throws Exception {
        Sockaddr a = inet(80);

        assertThat(CallFormat.address(a.bytes(), 8)).isEqualTo("{AF_INET (malformed) [02 00 00 50 7f 00 00 01]}, 8");
        assertThat(CallFormat.address(a.bytes(), 2)).isEqualTo("{AF_INET (malformed) [02 00]}, 2");
    }

    @Test
    void a_length_too_short_for_the_family_says_so() {
        assertThat(CallFormat.address(new byte[] {2, 0}, 1)).isEqualTo("{(too short) [02]}, 1");
        assertThat(CallFormat.address(new byte[] {2, 0}, 0)).isEqualTo("{(too short) []}, 0");
    }

    @Test
    void the_bytes_shown_stay_within_the_array_and_the_length_is_given_as_passed() {
        byte[] unix = Sockaddr.unix("/s").bytes();

        assertThat(CallFormat.address(unix, -1)).isEqualTo("{(too short) []}, -1");
        assertThat(CallFormat.address(unix, 500)).isEqualTo("{AF_UNIX \"/s\" [01 00 2f 73 00]}, 500");
    }

    @Test
    void a_buffer_before_the_call_shows_the_space_offered_and_the_array() {
        assertThat(CallFormat.offered(null)).isEqualTo("NULL, NULL");
        assertThat(CallFormat.offered(new SockaddrBuffer(new byte[16], 8))).isEqualTo("buf[16], &len=8");
    }

    @Test
    void a_buffer_after_the_call_shows_the_length_set_the_name_and_the_bytes_written() {
        SockaddrBuffer b = new SockaddrBuffer(new byte[8], 8);
        byte[] name = Sockaddr.unix("/s").bytes();
        System.arraycopy(name, 0, b.storage(), 0, name.length);
        b.setLength(name.length);

        assertThat(CallFormat.returned(b)).isEqualTo(" len=5 name=AF_UNIX \"/s\" [01 00 2f 73 00]");
        assertThat(CallFormat.returned(null)).isEmpty();
    }

    @Test
    void a_name_longer_than_the_buffer_is_shown_as_truncated_with_the_bytes_that_fit() {
        SockaddrBuffer b = new SockaddrBuffer(new byte[] {2, 0, 0, 80}, 4);
        b.setLength(16);

        assertThat(CallFormat.returned(b)).isEqualTo(" len=16 name=(truncated) [02 00 00 50]");
    }

    @Test
    void a_buffer_that_holds_no_name_is_shown_as_undecodable() {
        SockaddrBuffer b = new SockaddrBuffer(new byte[] {2, 0, 0, 80}, 4);
        b.setLength(3);

        assertThat(CallFormat.returned(b)).isEqualTo(" len=3 name=(undecodable) [02 00 00]");
    }

    @Test
    void socket_arguments_are_written_by_their_symbolic_names() {
        assertThat(CallFormat.domain(AddressFamily.AF_INET6)).isEqualTo("AF_INET6");
        assertThat(CallFormat.type(SocketType.SOCK_STREAM)).isEqualTo("SOCK_STREAM");
        assertThat(CallFormat.type(SocketType.SOCK_DGRAM)).isEqualTo("SOCK_DGRAM");
        assertThat(CallFormat.type(99)).isEqualTo("99");
    }
}
