package dev.rendezvous.api;

import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** withLength: the same bytes, cut off or padded with zeros; the original stays as it was. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WithLengthTest {

    @Test
    void a_shorter_length_cuts_bytes_off_the_end() {
        Sockaddr name = SampleNames.ipv4Loopback();

        Sockaddr cut = name.withLength(10);

        assertThat(cut).hasLength(10).hasFamily(AddressFamily.AF_INET);
        assertThat(cut.bytes()).isEqualTo(Arrays.copyOf(name.bytes(), 10));
        assertThat(cut.describe()).isEqualTo("AF_INET (short)");
    }

    @Test
    void a_longer_length_pads_with_zeros() {
        Sockaddr name = SampleNames.ipv4Loopback();

        Sockaddr padded = name.withLength(20);

        assertThat(padded).hasLength(20).hasPort(SampleNames.PORT).isLoopback();
        assertThat(padded.bytes()).startsWith(name.bytes()).endsWith(0, 0, 0, 0);
    }

    @Test
    void the_contracts_unix_length_drops_only_the_nul() {
        Sockaddr name = Sockaddr.unix("/tmp/s");

        Sockaddr contract = name.withLength(2 + "/tmp/s".length());

        assertThat(contract).hasLength(8).hasUnixPath("/tmp/s");
    }

    @Test
    void a_length_below_the_family_has_no_family() {
        Sockaddr none = SampleNames.unixPath().withLength(1);

        assertThat(none.family()).isEqualTo(AddressFamily.AF_UNSPEC);
        assertThat(none.isUnnamed()).isFalse();
        assertThat(none.toString()).isEqualTo("AF_UNSPEC len=1 [01]");
    }

    @Test
    void the_same_length_gives_an_equal_name_and_the_original_is_unchanged() {
        Sockaddr name = SampleNames.ipv6Loopback();

        name.withLength(4);
        name.withLength(40);

        assertThat(name.withLength(28)).isByteForByte(name).isEqualTo(name);
        assertThat(name).hasLength(28);
    }

    @Test
    void bytes_are_a_copy_that_cannot_change_the_name() {
        Sockaddr name = SampleNames.ipv4Loopback();
        byte[] source = name.bytes();
        Sockaddr decoded = Sockaddr.decode(source);

        source[3] = 0;
        name.bytes()[3] = 0;

        assertThat(decoded).hasPort(SampleNames.PORT);
        assertThat(name).hasPort(SampleNames.PORT);
    }
}
