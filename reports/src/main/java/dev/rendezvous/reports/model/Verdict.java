package dev.rendezvous.reports.model;

/**
 * A clause's verdict as a results file spells it. The names are those of the results format;
 * each carries a symbol and a label so that every rendering is readable without colour.
 */
public enum Verdict {
    /** Every property of the clause held for every case tried. */
    PASSED("✔", "passed"),
    /** A property broke; the result carries the shrunk counterexample and its replay token. */
    FAILED("✘", "failed"),
    /** The clause needs a feature the implementation does not claim. */
    NOT_CLAIMED("○", "not claimed"),
    /** The clause applies but could not be checked here. */
    NOT_VERIFIED("?", "not verified"),
    /** The clause failed and a baseline lists it as expected to fail. */
    EXPECTED_FAILURE("≈", "expected failure"),
    /** A replay only: the replayed case held, so the failure it was recorded for did not reproduce. */
    DID_NOT_REPRODUCE("↺", "did not reproduce");

    private final String symbol;
    private final String label;

    Verdict(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    /** A one-character mark that tells the verdicts apart without colour. */
    public String symbol() {
        return symbol;
    }

    /** Lower-case words for prose. */
    public String label() {
        return label;
    }

    /** The symbol and the name, e.g. {@code ✘ FAILED}: what every rendering shows. */
    public String marked() {
        return symbol + " " + name();
    }

    /** Whether the clause did not hold (FAILED or EXPECTED_FAILURE). */
    public boolean failing() {
        return this == FAILED || this == EXPECTED_FAILURE;
    }
}
