package dev.rendezvous.tck.results;

/** A number with its noun, singular for one: "1 case", "3 cases", "1 clause". */
public final class Count {
    private Count() {}

    /** {@code n} and {@code noun}, with an "s" unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
