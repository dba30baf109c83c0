package dev.rendezvous.api.assertions;

import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;

/**
 * The one entry point of the kit's assertions: import its methods statically.
 * <pre>
 * assertThat(name).hasFamily(AF_INET).isLoopback().hasNonZeroPort();
 * assertThatErrno(() -&gt; stack.listen(-1, 5)).isEqualTo(Errno.EBADF);
 * assertThatBuffer(from).wroteExactly(10, clientName).untouchedFrom(10, CANARY).lengthIs(16);
 * </pre>
 */
public final class RendezvousAssertions {
    private RendezvousAssertions() {}

    /** Assertions on a socket name. */
    public static SockaddrAssert assertThat(Sockaddr actual) {
        return new SockaddrAssert(actual);
    }

    /** Assertions on the name a call gave back in a value-result buffer (it must hold all of it). */
    public static SockaddrAssert assertThat(SockaddrBuffer afterCall) {
        return assertThatBuffer(afterCall).name();
    }

    /** Makes the call at once; assertions on the errno it must fail with. */
    public static ErrnoAssert assertThatErrno(ThrowingCall call) {
        return new ErrnoAssert(CallOutcome.of(call));
    }

    /** Makes the call at once; assertions on the errno it must fail with (a value returned is shown). */
    public static <T> ErrnoAssert assertThatErrno(ThrowingValueCall<T> call) {
        return new ErrnoAssert(CallOutcome.ofValue(call));
    }

    /** Assertions on a value-result buffer after a call: the bytes written and the length. */
    public static ValueResultAssert assertThatBuffer(SockaddrBuffer afterCall) {
        return new ValueResultAssert(afterCall);
    }
}
