package dev.rendezvous.tck.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The last output of a child JVM, and how its exit status reads. */
class EvidenceTest {
    @Test
    void an_ordinary_exit_status_reads_as_its_code() {
        assertThat(Evidence.exit(0)).isEqualTo("exit status 0");
        assertThat(Evidence.exit(2)).isEqualTo("exit status 2");
        assertThat(Evidence.exit(128)).isEqualTo("exit status 128");
        assertThat(Evidence.exit(160)).isEqualTo("exit status 160");
    }

    @Test
    void a_status_above_128_names_the_signal_that_killed_the_child() {
        assertThat(Evidence.exit(129)).isEqualTo("exit status 129 (killed by signal 1)");
        assertThat(Evidence.exit(132)).isEqualTo("exit status 132 (killed by signal 4, SIGILL)");
        assertThat(Evidence.exit(134)).isEqualTo("exit status 134 (killed by signal 6, SIGABRT)");
        assertThat(Evidence.exit(137)).isEqualTo("exit status 137 (killed by signal 9, SIGKILL)");
        assertThat(Evidence.exit(139)).isEqualTo("exit status 139 (killed by signal 11, SIGSEGV)");
        assertThat(Evidence.exit(143)).isEqualTo("exit status 143 (killed by signal 15, SIGTERM)");
        assertThat(Evidence.exit(159)).isEqualTo("exit status 159 (killed by signal 31)");
    }

    @Test
    void keeps_the_last_sixty_lines_in_order() {
        Evidence e = new Evidence();
        for (int i = 1; i <= 61; i++) {
            e.add("line " + i);
        }

        String[] kept = e.text().split("\n");

        assertThat(kept).hasSize(60);
        assertThat(kept[0]).isEqualTo("line 2");
        assertThat(kept[59]).isEqualTo("line 61");
    }

    @Test
    void cleared_it_holds_nothing() {
        Evidence e = new Evidence();
        e.add("before");
        e.clear();
        e.add("after");

        assertThat(e.text()).isEqualTo("after");
    }
}
