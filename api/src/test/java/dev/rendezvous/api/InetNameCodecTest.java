package dev.rendezvous.api;

import static dev.rendezvous.api.SampleNames.ip;
import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.assertions.RendezvousAssertions;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** sockaddr_in and sockaddr_in6: the Linux layouts byte by byte, and round trips through the codec. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InetNameCodecTest {

    @Test
    void sockaddr_in_is_family_little_endian_then_port_big_endian_then_address_then_eight_zeros() {
        Sockaddr name = Sockaddr.inet(ip("127.0.0.1"), 0x1f90);

        assertThat(name.bytes())
                .containsExactly(
                        0x02, 0x00, // sin_family = AF_INET, host order
                        0x1f, 0x90, // sin_port = 8080, network order
                        0x7f, 0x00, 0x00, 0x01, // sin_addr = 127.0.0.1
                        0, 0, 0, 0, 0, 0, 0, 0); // sin_zero
        assertThat(name)
                .hasFamily(AddressFamily.AF_INET)
                .hasLength(16)
                .hasPort(8080)
                .isLoopback();
    }

    @Test
    void sockaddr_in6_puts_flowinfo_at_4_the_address_at_8_and_the_scope_id_little_endian_at_24()
            throws UnknownHostException {
        Inet6Address scoped = Inet6Address.getByAddress(null, ip("fe80::1").getAddress(), 0x01020304);
        Sockaddr name = Sockaddr.inet(scoped, 443);

        assertThat(name.bytes())
                .containsExactly(
                        0x0a, 0x00, // sin6_family = AF_INET6, host order
                        0x01, 0xbb, // sin6_port = 443, network order
                        0, 0, 0, 0, // sin6_flowinfo
                        0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, // sin6_addr = fe80::1
                        0x04, 0x03, 0x02, 0x01); // sin6_scope_id, host order
        assertThat(name).hasFamily(AddressFamily.AF_INET6).hasLength(28).hasPort(443);
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 8080", "0.0.0.0, 0", "192.0.2.1, 1", "127.255.255.254, 65535",
        "::1, 8080", "::, 0", "2001:db8::7, 1", "2001:db8::1:2:3:4, 65535"
    })
    void an_ip_and_port_survive_encode_and_decode(String address, int port) {
        InetSocketAddress original = new InetSocketAddress(ip(address), port);

        Sockaddr encoded = Sockaddr.inet(original);
        Sockaddr decoded = Sockaddr.decode(encoded.bytes());

        assertThat(decoded).isByteForByte(encoded);
        assertThat(decoded.toInetSocketAddress()).isEqualTo(original);
        assertThat(decoded.port()).isEqualTo(port);
    }

    @Test
    void an_ipv6_scope_id_survives_encode_and_decode() {
        Sockaddr encoded = SampleNames.ipv6LinkLocal(5);

        InetSocketAddress decoded = Sockaddr.decode(encoded.bytes()).toInetSocketAddress();

        assertThat(((Inet6Address) decoded.getAddress()).getScopeId()).isEqualTo(5);
        assertThat(Sockaddr.inet(decoded)).isByteForByte(encoded);
    }

    @Test
    void a_v4_mapped_ipv6_name_stays_an_ipv6_name_through_decode_and_encode() {
        byte[] mapped = Sockaddr.inet(ip("::1"), 80).bytes();
        mapped[18] = (byte) 0xff;
        mapped[19] = (byte) 0xff;
        mapped[20] = 127;
        mapped[23] = 1; // ::ffff:127.0.0.1, as a dual-stack listener names an IPv4 client
        Sockaddr name = Sockaddr.decode(mapped);

        Sockaddr again = Sockaddr.inet(name.toInetSocketAddress());

        assertThat(again).hasFamily(AddressFamily.AF_INET6).isByteForByte(name).isLoopback();
    }

    @Test
    void decoding_keeps_the_flowinfo_bytes_as_given() {
        byte[] b = SampleNames.ipv6Loopback().bytes();
        b[4] = 0x12;
        b[7] = 0x34;

        Sockaddr name = Sockaddr.decode(b);

        assertThat(name.bytes()).isEqualTo(b);
        assertThat(name.toInetSocketAddress().getPort()).isEqualTo(SampleNames.PORT);
    }

    @Test
    void an_ipv6_name_cut_to_24_bytes_has_no_scope_id_and_still_describes_itself() {
        Sockaddr cut = SampleNames.ipv6LinkLocal(5).withLength(24);

        assertThat(((Inet6Address) cut.toInetSocketAddress().getAddress()).getScopeId())
                .isZero();
        assertThat(cut.toString()).startsWith("AF_INET6 fe80:0:0:0:0:0:0:1:8080 len=24 [0a 00 1f 90");
        for (int length = 24; length < 28; length++) {
            assertThat(SampleNames.ipv6Loopback().withLength(length).describe())
                    .isEqualTo("AF_INET6 0:0:0:0:0:0:0:1:8080");
        }
    }

    @Test
    void the_decoded_name_says_family_address_port_length_and_bytes() {
        assertThat(SampleNames.ipv4Loopback().toString())
                .isEqualTo("AF_INET 127.0.0.1:8080 len=16 [02 00 1f 90 7f 00 00 01 00 00 00 00 00 00 00 00]");
        assertThat(SampleNames.ipv6Loopback().describe()).isEqualTo("AF_INET6 0:0:0:0:0:0:0:1:8080");
    }

    @Test
    void a_name_is_a_value_equal_by_length_and_bytes() {
        assertThat(SampleNames.ipv4Loopback())
                .isEqualTo(SampleNames.ipv4Loopback())
                .hasSameHashCodeAs(SampleNames.ipv4Loopback())
                .isNotEqualTo(Sockaddr.inet(ip("127.0.0.1"), 8081));
        RendezvousAssertions.assertThat(SampleNames.ipv4Loopback()).isByteForByte(SampleNames.ipv4Loopback());
    }
}
