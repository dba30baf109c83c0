package dev.rendezvous.tck.checks.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Violation;
import dev.rendezvous.tck.checks.FixedCase;
import dev.rendezvous.tck.mutants.ListenMarksEveryBoundSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LISTEN-SOCKET-PARAMETER: of two bound sockets, only the one given to listen takes connections. */
class OnlyTheGivenSocketListensTest {
    /** The first bound socket is descriptor 3, the second 4 (the reference numbers from 3). */
    private static final int FIRST = 3;

    @Test
    void the_reference_refuses_the_other_socket_before_or_after_the_given_one_accepts() throws Exception {
        for (int giveSecond = 0; giveSecond <= 1; giveSecond++) {
            for (int acceptFirst = 0; acceptFirst <= 1; acceptFirst++) {
                try (FixedCase c =
                        FixedCase.onReference(new OnlyTheGivenSocketListens(), Feature.INET, giveSecond, acceptFirst)) {
                    assertThatCode(c::check).doesNotThrowAnyException();
                    List<String> calls = c.calls();
                    int given = FIRST + giveSecond;
                    assertThat(calls).contains("listen(" + given + ", 5) = 0");
                    int refused = indexOf(calls, "-> ECONNREFUSED (111)");
                    int accepted = indexOf(calls, "accept(" + given + ", NULL, NULL) = ");
                    assertThat(refused).as("refused").isNotNegative();
                    assertThat(accepted).as("accepted").isNotNegative();
                    assertThat(refused < accepted)
                            .as("given %d, accept first %d: %s", given, acceptFirst, calls)
                            .isEqualTo(acceptFirst == 0);
                }
            }
        }
    }

    @Test
    void the_other_socket_taking_a_connection_is_a_violation_whenever_it_is_tried() throws Exception {
        for (int acceptFirst = 0; acceptFirst <= 1; acceptFirst++) {
            try (FixedCase c = FixedCase.of(
                    new OnlyTheGivenSocketListens(), new ListenMarksEveryBoundSocket(), Feature.INET, 0, acceptFirst)) {
                assertThatThrownBy(c::check)
                        .as("accept first: %d", acceptFirst)
                        .isInstanceOf(Violation.class)
                        .hasMessageMatching(
                                "connect to AF_INET .*, socket 4, bound but not given to listen \\(listen\\(3\\)"
                                        + " was called\\): expected ECONNREFUSED \\(111\\).*, but the call succeeded");
            }
        }
    }

    private static int indexOf(List<String> calls, String part) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
