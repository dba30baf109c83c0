package dev.rendezvous.api;

import static dev.rendezvous.api.assertions.Canaries.CANARY;
import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThat;
import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThatBuffer;
import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThatErrno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.rendezvous.api.assertions.Canaries;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SockaddrBuffer.store, the contract's value-result parameter: "initialized by the server to
 * show how much space is associated with from. It is then modified on return to reflect the
 * true size of the name."
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValueResultStoreTest {
    private static final int MAX_OFFERED = 130;
    private static final int CAPACITY = MAX_OFFERED + 10;

    static Stream<Arguments> every_shape_at_every_offered_length() {
        return SampleNames.everyShape().stream()
                .flatMap(
                        name -> IntStream.rangeClosed(0, MAX_OFFERED).mapToObj(offered -> Arguments.of(name, offered)));
    }

    @ParameterizedTest(name = "{0} offered {1}")
    @MethodSource("every_shape_at_every_offered_length")
    void the_call_writes_what_fits_touches_nothing_past_the_offer_and_gives_the_true_size(Sockaddr name, int offered)
            throws ErrnoException {
        SockaddrBuffer buffer = Canaries.buffer(CAPACITY, offered);

        buffer.store(name);

        int written = Math.min(offered, name.length());
        assertThatBuffer(buffer)
                .wroteExactly(written, name)
                .untouchedFrom(written, CANARY)
                .lengthIs(name.length());
    }

    @Test
    void the_value_result_length_reflects_the_true_size_of_the_name() throws ErrnoException {
        SockaddrBuffer tooSmall = Canaries.buffer(CAPACITY, 4);

        tooSmall.store(SampleNames.ipv6Loopback());

        assertThat(tooSmall.length()).isEqualTo(Sockaddr.SIZEOF_SOCKADDR_IN6);
    }

    @Test
    void a_name_that_fits_comes_back_byte_for_byte() throws ErrnoException {
        for (Sockaddr name : SampleNames.everyShape()) {
            SockaddrBuffer from = SockaddrBuffer.ofMaximumSize();

            from.store(name);

            assertThat(from).isByteForByte(name);
        }
    }

    @Test
    void a_name_larger_than_the_array_is_truncated_and_says_so() throws ErrnoException {
        SockaddrBuffer small = new SockaddrBuffer(10);

        small.store(SampleNames.ipv4Loopback());

        assertThat(small.truncated()).isTrue();
        assertThatBuffer(small).wroteExactly(10, SampleNames.ipv4Loopback()).lengthIs(16);
        assertThatIllegalStateException()
                .isThrownBy(small::name)
                .withMessage("the name was truncated: true size 16, space 10");
    }

    @Test
    void a_negative_offered_length_is_EINVAL_and_nothing_is_written() {
        SockaddrBuffer buffer = Canaries.buffer(CAPACITY, -1);

        assertThatErrno(() -> buffer.store(SampleNames.ipv4Loopback())).isEqualTo(Errno.EINVAL);

        assertThatBuffer(buffer).untouchedFrom(0, CANARY).lengthIs(-1);
    }

    @Test
    void an_offered_length_past_the_array_is_EFAULT_and_nothing_is_written() {
        SockaddrBuffer buffer = Canaries.buffer(16, 17);

        assertThatErrno(() -> buffer.store(SampleNames.ipv4Loopback())).isEqualTo(Errno.EFAULT);

        assertThatBuffer(buffer).untouchedFrom(0, CANARY).lengthIs(17);
    }

    @Test
    void the_offered_length_can_be_checked_before_the_call_does_anything() {
        assertThatErrno(Canaries.buffer(8, -5)::checkOffered).isEqualTo(Errno.EINVAL);
        assertThatErrno(Canaries.buffer(8, 9)::checkOffered).isEqualTo(Errno.EFAULT);
    }

    @Test
    void the_largest_buffer_holds_the_largest_name() {
        SockaddrBuffer largest = SockaddrBuffer.ofMaximumSize();

        assertThat(largest.storage()).hasSize(Sockaddr.MAX_UNIX_NAME_LENGTH);
        assertThat(largest.length()).isEqualTo(Sockaddr.MAX_UNIX_NAME_LENGTH);
        Sockaddr longest = Sockaddr.unix(SampleNames.asciiPath(Sockaddr.SUN_PATH_CAPACITY));
        assertThatCode(() -> largest.store(longest)).doesNotThrowAnyException();
        assertThat(largest.truncated()).isFalse();
        assertThat(largest.name()).isEqualTo(longest);
    }

    @Test
    void the_buffer_writes_into_the_callers_own_array() throws ErrnoException {
        byte[] mine = new byte[16];
        SockaddrBuffer buffer = new SockaddrBuffer(mine, 16);

        buffer.store(SampleNames.ipv4Loopback());

        assertThat(buffer.storage()).isSameAs(mine);
        assertThat(mine).isEqualTo(SampleNames.ipv4Loopback().bytes());
    }
}
