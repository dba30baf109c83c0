package dev.rendezvous.tck.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static Map<String, Object> sample() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("calls", List.of("socket(AF_INET, SOCK_STREAM) = 3", "line\nbreak \"quoted\" \\ tab\t"));
        inner.put("choices", List.of(1L, 0L, 42L));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "ACCEPT-VALUE-RESULT");
        m.put("cases", 12L);
        m.put("ok", true);
        m.put("none", null);
        m.put("counterexample", inner);
        m.put("empty", List.of());
        return m;
    }

    @Test
    void compact_output_is_one_line_and_reads_back_the_same() {
        String line = Json.writeCompact(sample());
        assertThat(line).doesNotContain("\n");
        assertThat(Json.parse(line)).isEqualTo(sample());
    }

    @Test
    void pretty_output_reads_back_the_same() {
        assertThat(Json.parse(Json.write(sample()))).isEqualTo(sample());
    }

    @Test
    void text_that_is_not_json_is_refused_with_its_offset() {
        assertThatThrownBy(() -> Json.parse("{\"a\": }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> Json.parse("[1, 2] x")).hasMessageContaining("trailing");
    }
}
