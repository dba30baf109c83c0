package dev.rendezvous.tck.results;

/** The one verdict every clause gets in every run. Nothing is ever silently skipped. */
public enum Verdict {
    /** Every property of the clause held for every case tried. */
    PASSED,
    /** A property of the clause broke; the result carries the shrunk counterexample and its replay token. */
    FAILED,
    /** The clause needs a feature the implementation does not claim; neither passed nor failed. */
    NOT_CLAIMED,
    /** The clause applies but could not be checked here (the reason says why); strict mode fails it. */
    NOT_VERIFIED,
    /** The clause failed and a baseline lists it as expected to fail, with a reason; not passed. */
    EXPECTED_FAILURE,
    /**
     * A replay only: the replayed case held this time, so the failure it was recorded for did not
     * reproduce. Neither passed (one case proves nothing) nor failed (nothing broke this time).
     */
    DID_NOT_REPRODUCE
}
