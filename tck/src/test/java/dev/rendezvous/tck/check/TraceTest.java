package dev.rendezvous.tck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTest {
    @Test
    void lines_come_back_in_the_order_they_were_added_as_a_copy() {
        Trace t = new Trace();
        t.add("socket(AF_INET, SOCK_STREAM) = 3");
        List<String> before = t.lines();
        t.add("close(3) = 0");

        assertThat(before).containsExactly("socket(AF_INET, SOCK_STREAM) = 3");
        assertThat(t.lines()).containsExactly("socket(AF_INET, SOCK_STREAM) = 3", "close(3) = 0");
    }
}
