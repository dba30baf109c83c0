package dev.rendezvous.tck.mutants;

import static dev.rendezvous.tck.mutants.MutantRuns.assertKilled;

import org.junit.jupiter.api.Test;

/** The reference implementation's verdict on this clause is checked by {@link AcceptLengthClampedToOfferedTest}. */
class AcceptValueResultMutantsTest {
    @Test
    void getsockname_writing_past_the_space_offered_is_caught_with_nothing_offered() {
        assertKilled(
                GetsocknameWritesPastOffered.class,
                "getsockname(",
                "with 0 bytes offered wrote past the offered space");
    }

    @Test
    void getpeername_clamping_the_length_is_caught_with_nothing_offered() {
        assertKilled(GetpeernameClampsLength.class, "getpeername(", "with 0 bytes offered set the length to 0");
    }

    @Test
    void refusing_a_large_length_is_caught() {
        assertKilled(LargeLengthRefused.class, "getsockname(", "&len=", "EINVAL (22)", "above 128");
    }

    @Test
    void a_connection_taken_by_an_accept_with_a_negative_fromlen_and_kept_is_caught() {
        assertKilled(NegativeLengthLosesConnection.class, "accept(", "&fromlen=-", "the client's connection was lost");
    }
}
