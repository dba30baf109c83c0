package dev.rendezvous.tck.checks.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.reference.NioSocketStack;
import dev.rendezvous.tck.results.ClauseResult;
import dev.rendezvous.tck.results.Verdict;
import dev.rendezvous.tck.run.Kit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference implementation keeps every clause of the client's side. */
class ConnectClausesOnReferenceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "CONNECTION-ASYMMETRIC",
                "SERVER-BIND-LISTEN",
                "CONNECT-INITIATES",
                "CONNECT-UNIX-LENGTH",
                "CONNECT-INET-LENGTH",
                "CONNECT-SERVER-NAME",
                "CONNECT-AUTOBIND",
                "CONNECT-ERROR-RETURNED",
                "CONNECT-NAME-REMAINS",
                "CONNECT-ASSOCIATED",
                "ERROR-ECONNREFUSED"
            })
    void the_reference_implementation_keeps_the_clause(String clauseId) {
        ClauseResult r = Kit.clause(clauseId, NioSocketStack.class);
        assertThat(r.verdict()).as(r.reason()).isEqualTo(Verdict.PASSED);
    }
}
