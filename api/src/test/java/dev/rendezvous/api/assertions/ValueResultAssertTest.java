package dev.rendezvous.api.assertions;

import static dev.rendezvous.api.assertions.Canaries.CANARY;
import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThat;
import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThatBuffer;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.rendezvous.api.ErrnoException;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * ValueResultAssert catches each way a call can get the value-result rules wrong, and shows the
 * array with the place of the first wrong byte.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValueResultAssertTest {
    private static final Sockaddr NAME = Sockaddr.unix("/t/s"); // 01 00 2f 74 2f 73 00

    /** A buffer after a call that wrote {@code bytes} at the start and set the length to {@code length}. */
    private static SockaddrBuffer after(int capacity, int length, int... bytes) {
        SockaddrBuffer buffer = Canaries.buffer(capacity, length);
        for (int i = 0; i < bytes.length; i++) {
            buffer.storage()[i] = (byte) bytes[i];
        }
        return buffer;
    }

    @Test
    void a_call_that_keeps_the_rules_passes() throws ErrnoException {
        SockaddrBuffer buffer = Canaries.buffer(12, 5);

        buffer.store(NAME);

        assertThatBuffer(buffer).wroteExactly(5, NAME).untouchedFrom(5, CANARY).lengthIs(7);
    }

    @Test
    void a_wrong_byte_within_the_offer_is_marked_in_the_array_and_in_the_name() {
        SockaddrBuffer wrong = after(10, 7, 0x01, 0x00, 0x2f, 0x75, 0x2f);

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatBuffer(wrong).wroteExactly(5, NAME))
                .withMessage(String.format("%nExpecting the call to have written the first 5 bytes of the name:%n"
                        + "  AF_UNIX \"/t/s\" len=7 [01 00 2f 74 2f 73 00]%n"
                        + "into the array, but offset 3 holds 75 where the name has 74:%n"
                        + "  array: 01 00 2f [75] 2f | a5 a5 a5 a5 a5%n"
                        + "  name:  01 00 2f [74] 2f | 73 00"));
    }

    @Test
    void a_write_past_the_offer_is_caught_by_the_canaries() {
        SockaddrBuffer overrun = after(10, 7, 0x01, 0x00, 0x2f, 0x74, 0x2f, 0x73, 0x00);

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatBuffer(overrun).untouchedFrom(5, CANARY))
                .withMessage(String.format("%nExpecting the 10-byte array to be untouched from offset 5 on"
                        + " (every byte still the canary a5),%nbut 2 of them changed, the first at offset 5 (now 73):%n"
                        + "  array: 01 00 2f 74 2f | [73] 00 a5 a5 a5"));
    }

    @Test
    void a_length_left_at_the_offer_is_not_the_true_size() {
        SockaddrBuffer bsdStyle = after(10, 5, 0x01, 0x00, 0x2f, 0x74, 0x2f);

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatBuffer(bsdStyle).lengthIs(7))
                .withMessage(String.format("%nExpecting the value-result length to reflect the true size of the name:%n"
                        + "  7%nbut it is:%n  5%nin the buffer:%n"
                        + "  SockaddrBuffer{length=5, storage[10]=01 00 2f 74 2f a5 a5 a5 a5 a5}"));
    }

    @Test
    void the_name_in_a_buffer_is_checked_like_any_name() throws ErrnoException {
        SockaddrBuffer buffer = SockaddrBuffer.ofMaximumSize();
        buffer.store(NAME);

        assertThat(buffer).hasUnixPath("/t/s").isByteForByte(NAME);
        assertThatBuffer(buffer).name().hasLength(7);
    }

    @Test
    void a_truncated_name_is_a_failure_that_shows_the_buffer() throws ErrnoException {
        SockaddrBuffer small = new SockaddrBuffer(4);
        small.store(NAME);

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(small).hasUnixPath("/t/s"))
                .withMessageContainingAll(
                        "SockaddrBuffer{length=7, storage[4]=01 00 2f 74}",
                        "the name was truncated: its true size 7 exceeds the 4-byte array");
    }

    @Test
    void bytes_that_do_not_decode_are_a_failure_that_says_why() {
        SockaddrBuffer garbage = after(16, 3, 0x07, 0x00, 0x00);

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(garbage).hasLength(3))
                .withMessageContainingAll("storage[16]=07 00 00 a5", "its bytes do not decode: unknown family 7");
    }

    @Test
    void a_count_or_offset_outside_the_array_is_a_mistake_in_the_test() {
        SockaddrBuffer buffer = Canaries.buffer(4, 4);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThatBuffer(buffer).wroteExactly(5, NAME));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThatBuffer(buffer).wroteExactly(-1, NAME));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThatBuffer(buffer).untouchedFrom(5, CANARY));
    }
}
