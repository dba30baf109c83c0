package dev.rendezvous.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** ErrnoException: the one failure of every call, carrying its errno and a message that names it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrnoExceptionTest {

    @Test
    void it_carries_its_errno_and_the_usual_message() {
        ErrnoException e = new ErrnoException(Errno.EBADF);

        assertThat(e.errno()).isSameAs(Errno.EBADF);
        assertThat(e).hasMessage("EBADF (9): Bad file descriptor").hasNoCause();
    }

    @Test
    void a_detail_follows_the_usual_message_in_brackets() {
        ErrnoException e = new ErrnoException(Errno.EINVAL, "listen(7, 5) on a connected socket");

        assertThat(e).hasMessage("EINVAL (22): Invalid argument [listen(7, 5) on a connected socket]");
    }

    @Test
    void an_empty_or_null_detail_adds_nothing() {
        assertThat(new ErrnoException(Errno.EINTR, "")).hasMessage("EINTR (4): Interrupted system call");
        assertThat(new ErrnoException(Errno.EINTR, null)).hasMessage("EINTR (4): Interrupted system call");
    }

    @Test
    void it_keeps_the_underlying_cause() {
        IOException cause = new IOException("Connection refused");

        ErrnoException e = new ErrnoException(Errno.ECONNREFUSED, "connect", cause);

        assertThat(e).hasCause(cause).hasMessage("ECONNREFUSED (111): Connection refused [connect]");
        assertThat(e.errno()).isSameAs(Errno.ECONNREFUSED);
    }

    @Test
    void it_is_a_checked_exception() {
        assertThat(Exception.class).isAssignableFrom(ErrnoException.class);
        assertThat(RuntimeException.class.isAssignableFrom(ErrnoException.class))
                .isFalse();
    }

    @Test
    void it_refuses_a_null_errno() {
        assertThatNullPointerException()
                .isThrownBy(() -> new ErrnoException(null))
                .withMessage("errno");
    }
}
