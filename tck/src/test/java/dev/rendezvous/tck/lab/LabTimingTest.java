package dev.rendezvous.tck.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LabTimingTest {
    @Test
    void windowsIncludeTheLowerBoundAndExcludeTheUpper() {
        assertThat(LabTiming.INSTANT.contains(Duration.ZERO)).isTrue();
        assertThat(LabTiming.INSTANT.contains(Duration.ofMillis(999))).isTrue();
        assertThat(LabTiming.INSTANT.contains(Duration.ofSeconds(1))).isFalse();
        assertThat(LabTiming.TIMEOUT.contains(Duration.ofMillis(1999))).isFalse();
        assertThat(LabTiming.TIMEOUT.contains(Duration.ofMillis(3100))).isTrue();
        assertThat(LabTiming.TIMEOUT.contains(Duration.ofSeconds(8))).isFalse();
        assertThat(LabTiming.ANSWERED.contains(Duration.ofMillis(1050))).isTrue();
    }

    @Test
    void timeoutsAndPromptFailuresDoNotOverlap() {
        assertThat(LabTiming.ANSWERED.max()).isLessThanOrEqualTo(LabTiming.TIMEOUT.min());
        assertThat(LabTiming.INSTANT.max()).isLessThanOrEqualTo(LabTiming.TIMEOUT.min());
        assertThat(LabTiming.TIMEOUT.window()).isEqualTo("[2 s, 8 s)");
    }
}
