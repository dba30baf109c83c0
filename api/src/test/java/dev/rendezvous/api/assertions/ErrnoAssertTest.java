package dev.rendezvous.api.assertions;

import static dev.rendezvous.api.assertions.RendezvousAssertions.assertThatErrno;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.rendezvous.api.Errno;
import dev.rendezvous.api.ErrnoException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** ErrnoAssert passes on the expected errno and otherwise says what the call did instead. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrnoAssertTest {
    private static final String EXPECTING_EBADF =
            String.format("%nExpecting the call to fail with:%n  EBADF (9): Bad file descriptor%n");

    private static void failWith(Errno errno) throws ErrnoException {
        throw new ErrnoException(errno, "fd 42");
    }

    private static int socketFailingWith(Errno errno) throws ErrnoException {
        throw new ErrnoException(errno);
    }

    @Test
    void the_expected_errno_passes() {
        assertThatErrno(() -> failWith(Errno.EBADF)).isEqualTo(Errno.EBADF);
        assertThatErrno(() -> socketFailingWith(Errno.EMFILE)).isEqualTo(Errno.EMFILE);
        assertThatErrno(() -> failWith(Errno.EAGAIN)).isEqualTo(Errno.EWOULDBLOCK);
    }

    @Test
    void any_of_the_allowed_errnos_passes() {
        assertThatErrno(() -> failWith(Errno.EHOSTUNREACH)).isOneOf(Errno.ENETUNREACH, Errno.EHOSTUNREACH);
    }

    @Test
    void a_call_that_returned_nothing_is_named_as_such() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatErrno(() -> {}).isEqualTo(Errno.EBADF))
                .withMessage(EXPECTING_EBADF + "but it returned normally")
                .withNoCause();
    }

    @Test
    void a_call_that_returned_a_value_shows_the_value() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatErrno(() -> 3).isEqualTo(Errno.EBADF))
                .withMessage(EXPECTING_EBADF + String.format("but it returned:%n  3"));
    }

    @Test
    void a_call_that_failed_with_another_errno_shows_it_with_number_message_and_detail() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatErrno(() -> failWith(Errno.EINVAL)).isEqualTo(Errno.EBADF))
                .withMessage(
                        EXPECTING_EBADF + String.format("but it failed with:%n  EINVAL (22): Invalid argument [fd 42]"))
                .withCauseInstanceOf(ErrnoException.class);
    }

    @Test
    void a_call_that_threw_something_else_shows_its_class_and_message_and_keeps_it_as_the_cause() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatErrno(() -> {
                            throw boom;
                        })
                        .isEqualTo(Errno.EBADF))
                .withMessage(EXPECTING_EBADF + String.format("but it threw:%n  java.lang.IllegalStateException: boom"))
                .havingCause()
                .isSameAs(boom);
    }

    @Test
    void the_allowed_set_is_listed_one_errno_a_line() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(
                        () -> assertThatErrno(() -> failWith(Errno.ETIMEDOUT)).isOneOf(Errno.ENETDOWN, Errno.EHOSTDOWN))
                .withMessageStartingWith(String.format("%nExpecting the call to fail with one of:%n"
                        + "  ENETDOWN (100): Network is down%n  EHOSTDOWN (112): Host is down%n"
                        + "but it failed with:%n  ETIMEDOUT (110): Connection timed out"));
    }

    @Test
    void the_call_is_made_once_at_once() {
        int[] calls = {0};

        ErrnoAssert check = assertThatErrno(() -> {
            calls[0]++;
            failWith(Errno.EBADF);
        });
        check.isEqualTo(Errno.EBADF).isOneOf(Errno.EBADF, Errno.EINVAL);

        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void an_empty_allowed_set_is_a_mistake_in_the_test() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThatErrno(() -> failWith(Errno.EBADF)).isOneOf())
                .withMessage("name at least one errno");
    }
}
