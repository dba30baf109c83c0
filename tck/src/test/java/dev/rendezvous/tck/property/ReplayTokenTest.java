package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayTokenTest {

    private static final Gen<List<Integer>> LISTS = Gen.listOf(Gen.ints(0, 1000), 0, 20);

    private static final Trial SUM_BELOW_100 = c -> {
        List<Integer> list = LISTS.generate(c);
        int sum = list.stream().mapToInt(Integer::intValue).sum();
        return sum < 100
                ? TrialOutcome.passed()
                : TrialOutcome.failed("sum of " + list + " is " + sum, null, List.of("generate " + list + " -> ok"));
    };

    @Test
    void theTokenOfAFailureParsesBackAndReplaysTheSameFailure() {
        PropertyResult result =
                new PropertyRunner(PropertyConfig.defaults(11)).run("LISTS/sum-below_100.v2", SUM_BELOW_100);
        Counterexample found = result.counterexample().orElseThrow();
        String printed = found.replayToken().toString();

        ReplayToken parsed = ReplayToken.parse(printed);
        TrialOutcome replayed = PropertyRunner.replay(SUM_BELOW_100, parsed.choices());

        assertThat(printed).matches("[A-Za-z0-9:./_-]+").startsWith("rv1:LISTS/sum-below_100.v2:11:");
        assertThat(parsed).isEqualTo(found.replayToken());
        assertThat(parsed.propertyId()).isEqualTo("LISTS/sum-below_100.v2");
        assertThat(parsed.seed()).isEqualTo(11);
        assertThat(parsed.choices()).containsExactly(found.shrunkChoices());
        assertThat(replayed).isEqualTo(found.failure());
        assertThat(((TrialOutcome.Failed) replayed).message()).isEqualTo(result.reason());
    }

    @Test
    void extremeValuesRoundTrip() {
        ReplayToken token = new ReplayToken("a", Long.MIN_VALUE, new long[] {0, -1L, Long.MAX_VALUE, 35, 36});
        ReplayToken empty = new ReplayToken("b", -5, new long[0]);

        assertThat(ReplayToken.parse(token.toString())).isEqualTo(token);
        assertThat(ReplayToken.parse("  " + empty + "\n")).isEqualTo(empty);
        assertThat(token.toString()).contains(":0.3w5e11264sgsf.1y2p0ij32e8e7.z.10:");
    }

    @Test
    void malformedTokensAreRejectedWithOneClearSentence() {
        String good = new ReplayToken("x/y", 42, new long[] {1, 2, 3}).toString();
        String checksum = good.substring(good.lastIndexOf(':') + 1);

        assertRejected("", "The replay token is empty; expected rv1:<property-id>:<seed>:<choices>:<checksum>.");
        assertRejected("rv2:x:1:0:abc", "The replay token must start with 'rv1:', but it starts with 'rv2:x:1:...'.");
        assertRejected(
                good.substring(0, good.lastIndexOf(':')),
                "The replay token must have 5 fields separated by ':' (rv1:<property-id>:<seed>:<choices>:<checksum>),"
                        + " but it has 4.");
        assertRejected(
                "rv1:a:b:c:1:2:3",
                "The replay token must have 5 fields separated by ':'"
                        + " (rv1:<property-id>:<seed>:<choices>:<checksum>), but it has 7.");
        assertRejected(
                "rv1:a b:1:0:" + checksum,
                "The property id 'a b' must be non-empty and contain only letters, digits, '-', '/', '.' and '_'.");
        assertRejected(
                "rv1::1:0:" + checksum,
                "The property id '' must be non-empty and contain only letters, digits, '-', '/', '.' and '_'.");
        assertRejected("rv1:x:4z:0:" + checksum, "The seed '4z' in the replay token is not a decimal long.");
        assertRejected(
                "rv1:x:4:1..2:" + checksum, "Choice 2 ('') in the replay token is not an unsigned base-36 number.");
        assertRejected(
                "rv1:x:4:1.2.!:" + checksum, "Choice 3 ('!') in the replay token is not an unsigned base-36 number.");
        assertRejected(
                good.replace(":1.2.3:", ":1.2.4:"),
                "The replay token's checksum does not match its content; it was cut short or altered.");
        assertRejected(
                good.replace(":1.2.3:", ":1.2:"),
                "The replay token's checksum does not match its content; it was cut short or altered.");
    }

    @Test
    void idsThatATokenCannotCarryAreRejectedWhenTheTokenIsMade() {
        assertThatThrownBy(() -> new ReplayToken("a:b", 1, new long[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a:b'");
        assertThatThrownBy(() ->
                        new PropertyRunner(PropertyConfig.defaults(1)).run("has space", c -> TrialOutcome.passed()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRejected(String token, String message) {
        assertThatThrownBy(() -> ReplayToken.parse(token))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
