package dev.rendezvous.api.assertions;

/** A call that returns nothing and may fail, e.g. {@code () -> stack.listen(fd, 5)}. */
@FunctionalInterface
public interface ThrowingCall {
    /** Makes the call. */
    void call() throws Exception;
}
