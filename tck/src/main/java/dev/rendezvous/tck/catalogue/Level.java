package dev.rendezvous.tck.catalogue;

/** How binding a clause is: the contract's text says what is so, the level says what a vendor owes. */
public enum Level {
    /** Every conforming implementation keeps it. A failure makes the run not conformant. */
    MUST,
    /** Expected; a failure makes the run not conformant unless listed in a baseline with a reason. */
    SHOULD,
    /** Optional behaviour, behind a feature; checked only when the feature is claimed. */
    MAY
}
