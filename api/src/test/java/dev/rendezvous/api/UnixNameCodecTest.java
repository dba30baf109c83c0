package dev.rendezvous.api;

import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** sockaddr_un: path names counted in bytes, the NUL, unnamed and abstract names. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnixNameCodecTest {

    @Test
    void sockaddr_un_is_family_little_endian_then_the_path_then_one_nul() {
        Sockaddr name = Sockaddr.unix("/t/s");

        assertThat(name.bytes()).containsExactly(0x01, 0x00, '/', 't', '/', 's', 0x00);
        assertThat(name).hasFamily(AddressFamily.AF_UNIX).hasLength(2 + 4 + 1).hasUnixPath("/t/s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tmp/rendezvous.sock", "s", "relative/name", "/tmp/caf\u00e9", "/tmp/\u20ac\ud83d\ude00"})
    void a_path_survives_encode_and_decode(String path) {
        Sockaddr encoded = Sockaddr.unix(path);

        Sockaddr decoded = Sockaddr.decode(encoded.bytes());

        assertThat(decoded).isByteForByte(encoded).hasUnixPath(path);
        assertThat(decoded.isAbstract()).isFalse();
        assertThat(decoded.isUnnamed()).isFalse();
    }

    @Test
    void the_contracts_length_without_the_nul_names_the_same_path() {
        Sockaddr withNul = Sockaddr.unix("/tmp/s");
        int contractLength = "/tmp/s".length() + Sockaddr.OFFSETOF_SUN_PATH;

        Sockaddr withoutNul = Sockaddr.decode(withNul.bytes(), contractLength);

        assertThat(withoutNul).hasLength(8).hasUnixPath("/tmp/s");
    }

    @Test
    void a_path_of_107_bytes_fills_sun_path_with_its_nul() {
        Sockaddr name = Sockaddr.unix(SampleNames.asciiPath(107));

        assertThat(name).hasLength(Sockaddr.SIZEOF_SOCKADDR_UN).hasUnixPath(SampleNames.asciiPath(107));
        assertThat(name.bytes()[109]).isZero();
    }

    @Test
    void a_path_of_108_bytes_fills_sun_path_and_its_name_is_111_bytes_long() {
        Sockaddr name = Sockaddr.unix(SampleNames.asciiPath(108));

        assertThat(name).hasLength(Sockaddr.MAX_UNIX_NAME_LENGTH).hasUnixPath(SampleNames.asciiPath(108));
        assertThat(name.bytes()[110]).isZero();
        assertThat(name.withLength(Sockaddr.SIZEOF_SOCKADDR_UN)).hasUnixPath(SampleNames.asciiPath(108));
    }

    @Test
    void a_path_of_109_bytes_is_refused_not_truncated() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.unix(SampleNames.asciiPath(109)))
                .withMessageContaining("109 bytes")
                .withMessageContaining("at most 108");
    }

    @Test
    void a_path_is_counted_in_utf8_bytes_not_in_characters() {
        String twoByteChars107 = "\u00e9".repeat(53) + "a"; // 53 * 2 + 1 = 107 bytes, 54 chars
        String twoByteChars109 = "\u00e9".repeat(54) + "a"; // 109 bytes, 55 chars

        assertThat(Sockaddr.unix(twoByteChars107)).hasLength(110).hasUnixPath(twoByteChars107);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Sockaddr.unix(twoByteChars109))
                .withMessageContaining("109 bytes");
        assertThat(Sockaddr.unix("/\u20ac")).hasLength(2 + 4 + 1);
    }

    @Test
    void the_unnamed_name_is_the_family_alone() {
        Sockaddr unnamed = Sockaddr.unnamedUnix();

        assertThat(unnamed.bytes()).containsExactly(0x01, 0x00);
        assertThat(unnamed).isUnnamed().hasFamily(AddressFamily.AF_UNIX).hasUnixPath("");
        assertThat(Sockaddr.decode(new byte[] {1, 0})).isUnnamed().isByteForByte(unnamed);
        assertThat(unnamed.describe()).isEqualTo("AF_UNIX (unnamed)");
    }

    @Test
    void an_abstract_name_decodes_with_an_at_sign_and_no_trailing_nul() {
        byte[] linux = {1, 0, 0, '0', '1', 'a', 'b', 'c'}; // what an auto-bound abstract name looks like

        Sockaddr name = Sockaddr.decode(linux);

        assertThat(name.isAbstract()).isTrue();
        assertThat(name).hasLength(8).hasUnixPath("@01abc");
        assertThat(name.describe()).isEqualTo("AF_UNIX \"@01abc\"");
        assertThat(name.bytes()).isEqualTo(linux);
    }

    @Test
    void an_abstract_name_may_hold_further_nuls_which_count_in_its_length() {
        byte[] linux = {1, 0, 0, 'a', 0, 'b'};

        Sockaddr name = Sockaddr.decode(linux);

        assertThat(name.isAbstract()).isTrue();
        assertThat(name.unixPath()).isEqualTo("@a\u0000b");
        assertThat(name).hasLength(6);
    }

    @Test
    void a_decoded_path_ends_at_the_first_nul_within_the_length() {
        byte[] b = {1, 0, '/', 'a', 0, 'z', 'z'};

        assertThat(Sockaddr.decode(b)).hasUnixPath("/a").hasLength(7);
    }

    @Test
    void a_path_name_is_written_in_utf8() {
        Sockaddr name = Sockaddr.unix("/caf\u00e9");

        byte[] path = java.util.Arrays.copyOfRange(name.bytes(), 2, name.length() - 1);

        assertThat(path).isEqualTo("/caf\u00e9".getBytes(StandardCharsets.UTF_8));
    }
}
