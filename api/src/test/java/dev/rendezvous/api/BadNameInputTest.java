package dev.rendezvous.api;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input to the codecs: a clear IllegalArgumentException, never a silent fix-up. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BadNameInputTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 4, 11, 0x0200})
    void a_family_other_than_inet_inet6_or_unix_is_refused_with_the_bytes_shown(int family) {
        byte[] b = new byte[16];
        b[0] = (byte) family;
        b[1] = (byte) (family >>> 8);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(b))
                .withMessageContaining("unknown family " + family)
                .withMessageContaining(Hex.of(b, 2));
    }

    @Test
    void a_family_in_network_byte_order_is_a_wrong_family() {
        byte[] bigEndianInet = SampleNames.ipv4Loopback().bytes();
        bigEndianInet[0] = 0;
        bigEndianInet[1] = 2;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(bigEndianInet))
                .withMessageContaining("unknown family 512");
    }

    @Test
    void a_length_outside_the_array_is_refused() {
        byte[] b = SampleNames.ipv4Loopback().bytes();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(b, 17))
                .withMessage("length 17 outside the array of 16 bytes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(b, -1))
                .withMessage("length -1 outside the array of 16 bytes");
    }

    @Test
    void null_is_refused_by_every_factory_and_decoder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(null))
                .withMessage("bytes are null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(null, 16))
                .withMessage("bytes are null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.unix(null))
                .withMessage("path is null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.inet((InetSocketAddress) null))
                .withMessage("address is null");
    }

    @Test
    void a_null_ip_address_is_refused_rather_than_taken_for_the_wildcard() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.inet((InetAddress) null, 80))
                .withMessage("address is null");
    }

    @Test
    void an_unresolved_address_is_refused() {
        InetSocketAddress unresolved = InetSocketAddress.createUnresolved("rendezvous.invalid", 80);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.inet(unresolved))
                .withMessageContaining("address is unresolved");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void a_port_out_of_range_is_refused(int port) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.inet(SampleNames.ip("127.0.0.1"), port))
                .withMessage("port out of range 0..65535: " + port);
    }

    @Test
    void an_empty_path_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.unix(""))
                .withMessage("UNIX-domain path is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "/tmp/a\u0000b", "\u0000abstract", "/tmp/s\u0000"})
    void a_path_holding_a_nul_is_refused(String path) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.unix(path))
                .withMessageContaining("UNIX-domain path holds a NUL byte");
    }

    @Test
    void a_path_too_long_is_refused_with_its_size_and_the_limit() {
        String path = SampleNames.asciiPath(200);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.unix(path))
                .withMessageStartingWith("UNIX-domain path is 200 bytes; sun_path holds at most 108");
    }

    @Test
    void a_negative_length_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SampleNames.unixPath().withLength(-1))
                .withMessage("negative length -1");
    }
}
