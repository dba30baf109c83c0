package dev.rendezvous.tck.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    private enum Spelled {
        LOUD;

        @Override
        public String toString() {
            return "quiet";
        }
    }

    private static Map<String, Object> nested() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("a", true);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "X");
        m.put("n", 3);
        m.put("list", List.of(1, 2));
        m.put("objs", List.of(inner));
        m.put("empty", Map.of());
        m.put("none", List.of());
        return m;
    }

    @Test
    void pretty_output_puts_each_member_on_its_own_line_indented_by_two_spaces() {
        assertThat(Json.write(nested())).isEqualTo("""
                        {
                          "id": "X",
                          "n": 3,
                          "list": [1, 2],
                          "objs": [
                            {
                              "a": true
                            }
                          ],
                          "empty": {},
                          "none": []
                        }
                        """);
    }

    @Test
    void compact_output_is_the_same_on_one_line() {
        assertThat(Json.writeCompact(nested()))
                .isEqualTo("{\"id\":\"X\",\"n\":3,\"list\":[1, 2],\"objs\":[{\"a\":true}],\"empty\":{},\"none\":[]}");
    }

    @Test
    void lists_of_lists_are_nested_one_per_line() {
        assertThat(Json.write(List.of(List.of(1), List.of()))).isEqualTo("""
                        [
                          [1],
                          []
                        ]
                        """);
    }

    @Test
    void scalars_stand_alone() {
        assertThat(Json.write(null)).isEqualTo("null\n");
        assertThat(Json.writeCompact(null)).isEqualTo("null");
        assertThat(Json.writeCompact(true)).isEqualTo("true");
        assertThat(Json.writeCompact(false)).isEqualTo("false");
        assertThat(Json.writeCompact("s")).isEqualTo("\"s\"");
    }

    @Test
    void whole_numbers_of_every_size_are_written_as_they_are() {
        assertThat(Json.writeCompact(List.of(7, -5L, (short) 12, (byte) -3, Long.MAX_VALUE)))
                .isEqualTo("[7, -5, 12, -3, 9223372036854775807]");
    }

    @Test
    void other_numbers_are_written_as_they_are_when_finite() {
        assertThat(Json.writeCompact(List.of(1.5, 0.25f, new BigDecimal("1.10"), -0.0)))
                .isEqualTo("[1.5, 0.25, 1.10, -0.0]");
    }

    @Test
    void numbers_json_cannot_hold_are_written_as_null() {
        assertThat(Json.writeCompact(
                        List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN)))
                .isEqualTo("[null, null, null, null]");
    }

    @Test
    void an_enum_is_written_by_its_name() {
        assertThat(Json.writeCompact(Spelled.LOUD)).isEqualTo("\"LOUD\"");
    }

    @Test
    void any_other_object_is_written_as_its_text() {
        assertThat(Json.writeCompact(Path.of("/tmp/a b"))).isEqualTo("\"/tmp/a b\"");
    }

    @Test
    void keys_are_written_as_strings_whatever_their_type() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1, "one");
        m.put(null, "nothing");

        assertThat(Json.writeCompact(m)).isEqualTo("{\"1\":\"one\",\"null\":\"nothing\"}");
    }

    @Test
    void quotes_backslashes_and_line_breaks_are_escaped_by_their_short_forms() {
        assertThat(Json.writeCompact("a\"b\\c\nd\re\tf")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\"");
    }

    @Test
    void other_control_characters_are_escaped_as_unicode() {
        assertThat(Json.writeCompact("\u0000\u0001\b\f\u001f")).isEqualTo("\"\\u0000\\u0001\\u0008\\u000c\\u001f\"");
    }

    @Test
    void the_line_and_paragraph_separators_are_escaped_as_unicode() {
        assertThat(Json.writeCompact("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
    }

    @Test
    void printable_characters_are_written_as_they_are() {
        String printable = " ~\u007fé\u2027\u202a€";

        assertThat(Json.writeCompact(printable)).isEqualTo("\"" + printable + "\"");
    }
}
