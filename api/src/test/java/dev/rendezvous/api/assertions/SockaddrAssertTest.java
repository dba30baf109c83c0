package dev.rendezvous.api.assertions;

import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Sockaddr;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** SockaddrAssert passes on the right name and fails with the bytes and the decoded names shown. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SockaddrAssertTest {
    private static final String LOOPBACK_8080_HEX = "02 00 1f 90 7f 00 00 01 00 00 00 00 00 00 00 00";
    private static final String LOOPBACK_8080 = "AF_INET 127.0.0.1:8080 len=16 [" + LOOPBACK_8080_HEX + "]";

    private static Sockaddr inet(String ip, int port) {
        try {
            return Sockaddr.inet(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    private static final Sockaddr LOOPBACK = inet("127.0.0.1", 8080);

    @Test
    void a_matching_name_passes_every_assertion() {
        assertThat(LOOPBACK)
                .hasFamily(AddressFamily.AF_INET)
                .hasPort(8080)
                .hasNonZeroPort()
                .hasLength(16)
                .isByteForByte(inet("127.0.0.1", 8080))
                .isLoopback();
        assertThat(inet("::1", 1)).hasFamily(AddressFamily.AF_INET6).isLoopback();
        assertThat(inet("127.3.2.1", 1)).isLoopback();
        assertThat(Sockaddr.unix("/tmp/s")).hasUnixPath("/tmp/s");
        assertThat(Sockaddr.unnamedUnix()).isUnnamed();
    }

    @Test
    void a_wrong_family_shows_the_name_and_both_families_with_their_bytes() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK).hasFamily(AddressFamily.AF_INET6))
                .withMessage(String.format(
                        "%nExpecting name:%n  %s%nto have family:%n"
                                + "  AF_INET6 (10), bytes 0a 00%nbut had:%n  AF_INET (2), bytes 02 00",
                        LOOPBACK_8080));
    }

    @Test
    void a_wrong_port_shows_both_ports_with_their_network_order_bytes() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK).hasPort(80))
                .withMessage(String.format(
                        "%nExpecting name:%n  %s%nto have port:%n  80, bytes 00 50" + "%nbut had:%n  8080, bytes 1f 90",
                        LOOPBACK_8080));
    }

    @Test
    void a_port_of_a_name_that_has_none_is_a_failure_not_a_crash() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(Sockaddr.unix("/tmp/s")).hasPort(80))
                .withMessageContainingAll(
                        "AF_UNIX \"/tmp/s\" len=9 [01 00 2f 74 6d 70 2f 73 00]",
                        "to be an Internet-domain name (AF_INET or AF_INET6) of at least 4 bytes, to hold its port");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK.withLength(3)).hasNonZeroPort())
                .withMessageContaining("AF_INET (short) len=3 [02 00 1f]");
    }

    @Test
    void port_zero_fails_has_non_zero_port() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(inet("127.0.0.1", 0)).hasNonZeroPort())
                .withMessageContainingAll(
                        "AF_INET 127.0.0.1:0 len=16 [02 00 00 00 7f 00 00 01",
                        "to have a non-zero port",
                        "bytes 2-3 are 00 00");
    }

    @Test
    void a_wrong_length_shows_the_name_and_both_lengths() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK).hasLength(28))
                .withMessage(
                        String.format("%nExpecting name:%n  %s%nto have length:%n  28%nbut had:%n  16", LOOPBACK_8080));
    }

    @Test
    void names_that_differ_in_a_byte_show_both_in_hex_decoded_and_the_first_difference_marked() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK).isByteForByte(inet("127.0.0.1", 8081)))
                .withMessage(String.format(
                        "%nExpecting name:%n  %s%nto be byte for byte:%n"
                                + "  AF_INET 127.0.0.1:8081 len=16 [02 00 1f 91 7f 00 00 01 00 00 00 00 00 00 00 00]%n"
                                + "but they differ first at offset 3 (90, expected 91):%n"
                                + "  actual:   02 00 1f [90] 7f 00 00 01 00 00 00 00 00 00 00 00%n"
                                + "  expected: 02 00 1f [91] 7f 00 00 01 00 00 00 00 00 00 00 00",
                        LOOPBACK_8080));
    }

    @Test
    void names_that_differ_in_length_say_how_far_they_agree() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK).isByteForByte(LOOPBACK.withLength(17)))
                .withMessageContainingAll(
                        "AF_INET 127.0.0.1:8080 len=17 [" + LOOPBACK_8080_HEX + " 00]",
                        "the lengths differ (16, expected 17); they agree on the first 16 bytes",
                        "expected: " + LOOPBACK_8080_HEX + " [00]");
    }

    @Test
    void a_name_of_another_family_fails_byte_for_byte_with_both_families_decoded() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK).isByteForByte(inet("::1", 8080)))
                .withMessageContainingAll(
                        LOOPBACK_8080,
                        "AF_INET6 0:0:0:0:0:0:0:1:8080 len=28 [0a 00 1f 90",
                        "differ first at offset 0 (02, expected 0a)");
    }

    @Test
    void an_address_that_is_not_loopback_is_shown() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(inet("192.0.2.1", 80)).isLoopback())
                .withMessageContainingAll(
                        "AF_INET 192.0.2.1:80 len=16 [02 00 00 50 c0 00 02 01", "to have a loopback address");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(inet("::2", 80)).isLoopback())
                .withMessageContaining("AF_INET6 0:0:0:0:0:0:0:2:80");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(inet("::1", 80).withLength(16)).isLoopback())
                .withMessageContainingAll("AF_INET6 (short) len=16", "of at least 24 bytes, to hold its address");
    }

    @Test
    void a_wrong_path_shows_both_paths_in_utf8_hex() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(Sockaddr.unix("/tmp/s")).hasUnixPath("/tmp/\u00e9"))
                .withMessage(String.format("%nExpecting name:%n  AF_UNIX \"/tmp/s\" len=9 [01 00 2f 74 6d 70 2f 73 00]"
                        + "%nto have UNIX-domain path:%n  \"/tmp/\u00e9\" [2f 74 6d 70 2f c3 a9]"
                        + "%nbut had:%n  \"/tmp/s\" [2f 74 6d 70 2f 73]"));
    }

    @Test
    void a_path_asked_of_an_internet_name_is_a_family_failure() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK).hasUnixPath("/tmp/s"))
                .withMessageContainingAll(LOOPBACK_8080, "AF_UNIX (1), bytes 01 00", "AF_INET (2), bytes 02 00");
    }

    @Test
    void a_named_socket_is_not_unnamed() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(Sockaddr.unix("/tmp/s")).isUnnamed())
                .withMessageContainingAll("AF_UNIX \"/tmp/s\" len=9", "unnamed UNIX-domain socket");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(
                        () -> assertThat(Sockaddr.unnamedUnix().withLength(4)).isUnnamed())
                .withMessageContaining("len=4 [01 00 00 00]");
    }

    @Test
    void a_description_leads_the_message() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(LOOPBACK).as("the client's name").hasPort(1))
                .withMessageStartingWith("[the client's name] ");
    }

    @Test
    void a_null_name_fails_as_null() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat((Sockaddr) null).hasLength(16))
                .withMessageContaining("Expecting actual not to be null");
        assertThatNullPointerException()
                .isThrownBy(() -> assertThat(LOOPBACK).isByteForByte(null))
                .withMessage("the expected name is null");
    }
}
