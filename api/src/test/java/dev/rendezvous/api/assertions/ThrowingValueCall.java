package dev.rendezvous.api.assertions;

/**
 * A call that returns a value and may fail, e.g. {@code () -> stack.socket(AF_INET, SOCK_STREAM)};
 * the value is shown when the call should have failed and did not.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface ThrowingValueCall<T> {
    /** Makes the call. */
    T call() throws Exception;
}
