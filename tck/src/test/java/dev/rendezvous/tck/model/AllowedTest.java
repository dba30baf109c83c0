package dev.rendezvous.tck.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Errno;
import org.junit.jupiter.api.Test;

class AllowedTest {

    @Test
    void one_errno_is_all_that_is_allowed_and_the_reason_is_kept() {
        Allowed a = Allowed.failure("descriptor 3 is not listening", Errno.EINVAL);

        assertThat(a.admits(new Outcome(Errno.EINVAL, 0))).isTrue();
        assertThat(a.admits(new Outcome(Errno.EBADF, 0))).isFalse();
        assertThat(a.admits(new Outcome(null, 4))).isFalse();
        assertThat(a.describe()).isEqualTo("only EINVAL (22): Invalid argument");
        assertThat(a.because()).isEqualTo("descriptor 3 is not listening");
    }

    @Test
    void a_set_where_kernels_differ_lists_every_outcome_with_every_reason() {
        Allowed a = Allowed.failure("listening", Errno.EISCONN, Errno.EINVAL)
                .orFailure(Errno.ECONNREFUSED, "refused")
                .orSuccess("or not");

        assertThat(a.describe())
                .isEqualTo("success or EINVAL (22): Invalid argument or EISCONN (106): "
                        + "Transport endpoint is already connected or ECONNREFUSED (111): Connection refused");
        assertThat(a.because()).isEqualTo("listening; refused; or not");
        assertThat(a.admitsSuccess()).isTrue();
        assertThat(a.admits(new Outcome(Errno.ECONNREFUSED, 0))).isTrue();
    }

    @Test
    void success_alone_admits_no_errno() {
        Allowed a = Allowed.success("the name is fresh");

        assertThat(a.describe()).isEqualTo("only success");
        assertThat(a.admits(new Outcome(null, 0))).isTrue();
        assertThat(a.admits(new Outcome(Errno.EADDRINUSE, 0))).isFalse();
    }

    @Test
    void an_outcome_says_what_happened() {
        assertThat(Outcome.of(() -> 5)).isEqualTo(new Outcome(null, 5));
        assertThat(Outcome.of(() -> {
                            throw new dev.rendezvous.api.ErrnoException(Errno.EBADF);
                        })
                        .describe())
                .isEqualTo("it failed with EBADF (9): Bad file descriptor");
        assertThat(new Outcome(null, 0).describe()).isEqualTo("it succeeded");
    }

    @Test
    void success_is_admitted_only_where_allowed() {
        assertThat(Allowed.success("open").admitsSuccess()).isTrue();
        assertThat(Allowed.failure("closed", Errno.EBADF).admitsSuccess()).isFalse();
        assertThat(Allowed.failure("closed", Errno.EBADF).orSuccess("or not").admitsSuccess())
                .isTrue();
    }

    @Test
    void an_outcome_failed_with_one_errno_only() {
        Outcome refused = new Outcome(Errno.ECONNREFUSED, 0);

        assertThat(refused.failedWith(Errno.ECONNREFUSED)).isTrue();
        assertThat(refused.failedWith(Errno.EINVAL)).isFalse();
        assertThat(new Outcome(null, 3).failedWith(Errno.ECONNREFUSED)).isFalse();
    }
}
