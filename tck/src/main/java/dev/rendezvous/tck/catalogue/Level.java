package dev.rendezvous.tck.catalogue;

/** How binding a clause is: the contract's text says what is so, the level says what a vendor owes. */
public enum Level {
    /** Every conforming implementation keeps it. Anything but PASSED (where it applies) is not conformance. */
    MUST,
    /**
     * Expected, and counted for conformance as a MUST is; a baseline may excuse its failure for the
     * gate (EXPECTED_FAILURE), never for conformance.
     */
    SHOULD,
    /** Optional behaviour, behind a feature; checked only when the feature is claimed; its failure fails the gate. */
    MAY
}
