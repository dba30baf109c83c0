package dev.rendezvous.tck.checks.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rendezvous.api.Feature;
import dev.rendezvous.tck.check.Knobs;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What RENDEZVOUS-UNRELATED-PROCESS asks of a run: a second process, and time to start its JVM. */
class UnrelatedProcessConnectsTest {

    @Test
    void the_property_runs_only_where_the_stack_claims_to_work_across_processes() {
        assertThat(new UnrelatedProcessConnects().requires()).containsExactly(Feature.CROSS_PROCESS);
    }

    @Test
    void a_case_may_take_three_event_deadlines_beyond_the_call_deadline_to_start_the_client_jvm() {
        Knobs knobs = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(1), 1.0);
        assertThat(new UnrelatedProcessConnects().caseDeadline(knobs)).isEqualTo(Duration.ofSeconds(5));
        Knobs scaled = new Knobs(Duration.ofMillis(100), Duration.ofSeconds(1), 2.0);
        assertThat(new UnrelatedProcessConnects().caseDeadline(scaled)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void each_try_starts_a_jvm_so_few_are_made() {
        assertThat(new UnrelatedProcessConnects().maxTries()).isBetween(1, 3);
    }
}
