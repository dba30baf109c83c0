package dev.rendezvous.api;

import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** decode at every length edge of every family: one byte short, exact, one byte over. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NameLengthEdgesTest {
    private static final byte[] INET = Arrays.copyOf(SampleNames.ipv4Loopback().bytes(), 40);
    private static final byte[] INET6 = Arrays.copyOf(SampleNames.ipv6Loopback().bytes(), 40);
    private static final byte[] UNIX =
            Arrays.copyOf(Sockaddr.unix(SampleNames.asciiPath(107)).bytes(), 120);

    @Test
    void sockaddr_in_decodes_at_exactly_16_bytes() {
        assertThat(Sockaddr.decode(INET, 16)).hasLength(16).hasFamily(AddressFamily.AF_INET);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 8, 15})
    void sockaddr_in_short_of_16_bytes_is_refused_with_its_bytes_shown(int length) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(INET, length))
                .withMessageContaining("sockaddr_in needs exactly 16 bytes, got " + length)
                .withMessageEndingWith(": " + Hex.of(INET, length));
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 28, 40})
    void sockaddr_in_longer_than_16_bytes_is_refused_not_cut(int length) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(INET, length))
                .withMessageContaining("got " + length)
                .withMessageEndingWith(": " + Hex.of(INET, length));
    }

    @Test
    void sockaddr_in6_decodes_at_exactly_28_bytes() {
        assertThat(Sockaddr.decode(INET6, 28)).hasLength(28).hasFamily(AddressFamily.AF_INET6);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 16, 24, 27, 29, 40})
    void sockaddr_in6_of_any_other_length_is_refused(int length) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(INET6, length))
                .withMessageContaining("sockaddr_in6 needs exactly 28 bytes, got " + length)
                .withMessageEndingWith(": " + Hex.of(INET6, length));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void a_name_too_short_for_its_family_is_refused(int length) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(UNIX, length))
                .withMessageContaining("length " + length + " is too short for sa_family");
    }

    @Test
    void sockaddr_un_of_2_bytes_is_the_unnamed_name() {
        assertThat(Sockaddr.decode(UNIX, 2)).isUnnamed();
    }

    @Test
    void sockaddr_un_of_3_bytes_holds_a_one_byte_path() {
        assertThat(Sockaddr.decode(UNIX, 3)).hasLength(3).hasUnixPath("/");
    }

    @Test
    void sockaddr_un_of_3_bytes_with_a_nul_is_the_empty_abstract_name() {
        assertThat(Sockaddr.decode(new byte[] {1, 0, 0}, 3)).hasUnixPath("@");
    }

    @Test
    void sockaddr_un_decodes_up_to_110_bytes() {
        assertThat(Sockaddr.decode(UNIX, 110)).hasLength(110).hasUnixPath(SampleNames.asciiPath(107));
    }

    @Test
    void sockaddr_un_of_a_108_byte_path_decodes_at_111_bytes_with_its_nul() {
        byte[] longest = Arrays.copyOf(Sockaddr.unix(SampleNames.asciiPath(108)).bytes(), 120);

        assertThat(Sockaddr.decode(longest, 111)).hasLength(111).hasUnixPath(SampleNames.asciiPath(108));
    }

    @Test
    void sockaddr_un_of_111_bytes_without_the_nul_last_is_refused() {
        byte[] noNul = Arrays.copyOf(Sockaddr.unix(SampleNames.asciiPath(108)).bytes(), 120);
        noNul[110] = 'x';

        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(noNul, 111))
                .withMessageContaining("holds only a path of 108 bytes and its NUL");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(UNIX, 111))
                .withMessageContaining("holds only a path of 108 bytes and its NUL");
    }

    @ParameterizedTest
    @ValueSource(ints = {112, 120})
    void sockaddr_un_past_111_bytes_is_refused(int length) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.decode(UNIX, length))
                .withMessageContaining("sockaddr_un length " + length + " exceeds 111");
    }
}
