package dev.rendezvous.tck.mutants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.SocketStack;
import dev.rendezvous.tck.catalogue.Catalogue;
import dev.rendezvous.tck.catalogue.Clause;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken implementation of the client's side fails the clause it breaks: the verdict is
 * FAILED, the message names the clause and its sentence and says what went wrong, the
 * counterexample is shrunk and its replay token fails again.
 */
class ConnectMutantsTest {

    static Stream<Arguments> mutants() {
        return Stream.of(
                row(ListenerAcceptsConnect.class, "on a listening socket (a server's): expected EISCONN"),
                row(ConnectedSocketListens.class, "expected EINVAL (22): Invalid argument, but the call succeeded"),
                row(
                        BindIgnoresGivenName.class,
                        "getsockname of the server bound to its well-known name and listening: expected"),
                row(ConnectWithoutConnection.class, "must be connected to", "getpeername failed with ENOTCONN"),
                row(
                        UnixConnectRequiresNul.class,
                        "= 2 + strlen(path), no NUL) failed with EINVAL",
                        "but a server listens at the name"),
                row(UnixShortLengthConnects.class, "holds no path: expected EINVAL", "but the call succeeded"),
                row(ConnectRefusesLongPaths.class, "= 2 + strlen(path)) failed with ENAMETOOLONG", "a path of 10"),
                row(
                        UnixLengthPastSizeofTaken.class,
                        "padded with zeros",
                        "a length past sizeof(struct sockaddr_un) = 110",
                        "but the call succeeded"),
                row(ShortInetLengthPadded.class, "with a length short of sizeof(server)", "expected EINVAL"),
                row(ConnectToOtherListener.class, "the client's peer name after connect", "naming listener"),
                row(NoAutobind.class, "port 0, so the system selected and bound no name"),
                row(RefusedConnectSucceeds.class, "an error must be returned, but connect returned 0"),
                row(
                        ConnectThrowsUnchecked.class,
                        "threw java.lang.IllegalStateException",
                        "the contract allows only a value or an errno"),
                row(NameLostAfterFailedConnect.class, "port 0, the automatically bound name did not remain"),
                row(BoundAddressWidenedAfterFailure.class, "against the name bound before it: expected"),
                row(SendFlipsAByte.class, "as the server received them: expected [00], got [ff]"),
                row(PeerIsOwnName.class, "the client's peer name after connect"),
                row(RefusedReportedAsTimeout.class, "expected ECONNREFUSED", "got ETIMEDOUT"));
    }

    private static Arguments row(Class<? extends SocketStack> mutant, String... says) {
        return Arguments.of(mutant, says);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void the_kit_fails_the_clause_the_mutant_breaks_with_a_shrunk_case_that_replays(
            Class<? extends SocketStack> mutant, String[] says) {
        Clause clause = Catalogue.require(mutant.getAnnotation(Breaks.class).value());

        ClauseResult r = Kit.clause(clause.id(), mutant);

        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.FAILED);
        assertThat(r.counterexample().message())
                .contains(clause.id())
                .contains(clause.quote())
                .contains(says);
        assertThat(r.counterexample().calls()).isNotEmpty();
        assertThat(r.counterexample().shrinkRuns()).isPositive();
        assertThat(r.replay()).startsWith("rv1:" + clause.id() + "/");
        assertThat(Kit.replay(r.replay(), mutant).verdict()).isEqualTo(Verdict.FAILED);
    }
}
