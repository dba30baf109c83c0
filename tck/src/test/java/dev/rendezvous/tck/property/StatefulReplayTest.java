package dev.rendezvous.tck.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model-based property over a sequence of calls, where which calls may come next depends on the
 * outcomes so far: it shrinks to the shortest call sequence and replays it call for call.
 */
class StatefulReplayTest {

    /** A stack whose pop hands out the bottom element instead of the top when it holds three. */
    static final class BuggyStack {
        private final List<Integer> items = new ArrayList<>();

        void push(int value) {
            items.add(value);
        }

        int pop() {
            return items.size() == 3 ? items.remove(0) : items.remove(items.size() - 1);
        }

        boolean isEmpty() {
            return items.isEmpty();
        }
    }

    private static final Trial STACK_BEHAVES_LIKE_ITS_MODEL = c -> {
        BuggyStack stack = new BuggyStack();
        Deque<Integer> model = new ArrayDeque<>();
        List<String> trace = new ArrayList<>();
        String[] failure = {null};
        for (int step = 0; step < 30 && failure[0] == null; step++) {
            boolean more = c.group(g -> {
                if (g.weighted(1, 9) == 0) {
                    return false;
                }
                boolean pop = g.between(0, stack.isEmpty() ? 0 : 1) == 1;
                if (pop) {
                    int got = stack.pop();
                    int expected = model.pop();
                    trace.add("pop -> " + got);
                    if (got != expected) {
                        failure[0] = "pop returned " + got + ", the model says " + expected;
                    }
                } else {
                    int value = g.between(0, 9);
                    stack.push(value);
                    model.push(value);
                    trace.add("push " + value + " -> ok");
                }
                return true;
            });
            if (!more) {
                break;
            }
        }
        return failure[0] == null ? TrialOutcome.passed() : TrialOutcome.failed(failure[0], null, trace);
    };

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 2024})
    void shrinksToTheShortestCallSequenceAndReplaysItExactly(long seed) {
        PropertyResult result =
                new PropertyRunner(PropertyConfig.defaults(seed)).run("stack/model", STACK_BEHAVES_LIKE_ITS_MODEL);
        Counterexample found = result.counterexample().orElseThrow();

        assertThat(found.failure().message()).isEqualTo("pop returned 0, the model says 1");
        assertThat(found.failure().trace()).containsExactly("push 0 -> ok", "push 0 -> ok", "push 1 -> ok", "pop -> 0");
        assertThat(found.shrunkChoices()).containsExactly(1, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1);

        TrialOutcome replayed = PropertyRunner.replay(
                STACK_BEHAVES_LIKE_ITS_MODEL,
                ReplayToken.parse(found.replayToken().toString()).choices());
        assertThat(replayed).isEqualTo(found.failure());
    }
}
