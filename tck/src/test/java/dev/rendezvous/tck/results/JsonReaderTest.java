package dev.rendezvous.tck.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {
    @Test
    void values_of_every_kind_are_read_with_space_anywhere_between_them() {
        Object v = Json.parse(" \t\r\n{ \"a\" : [ 1 , -2.5 , true , false , null , \"s\" , { } , [ ] ] } \n");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", Arrays.asList(1L, -2.5, true, false, null, "s", Map.of(), List.of()));
        assertThat(v).isEqualTo(expected);
    }

    @Test
    void objects_keep_the_order_of_their_keys() {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse("{\"b\":1,\"a\":2,\"c\":3}");

        assertThat(m.keySet()).containsExactly("b", "a", "c");
    }

    @Test
    void integers_are_read_as_longs_and_other_numbers_as_doubles() {
        assertThat(Json.parse("12")).isEqualTo(12L);
        assertThat(Json.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(Json.parse("1.0")).isEqualTo(1.0);
        assertThat(Json.parse("1e2")).isEqualTo(100.0);
        assertThat(Json.parse("1E2")).isEqualTo(100.0);
        assertThat(Json.parse("-2.5e-1")).isEqualTo(-0.25);
        assertThat(Json.parse("1e+2")).isEqualTo(100.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void objects_and_arrays_read_belong_to_the_caller_who_may_change_them() {
        Map<String, Object> m = (Map<String, Object>) Json.parse("{\"empty\": {}, \"none\": [], \"list\": [1]}");
        ((Map<String, Object>) m.get("empty")).put("k", 1L);
        ((List<Object>) m.get("none")).add(2L);
        ((List<Object>) m.get("list")).add(3L);
        m.put("added", true);

        assertThat(Json.writeCompact(m)).isEqualTo("{\"empty\":{\"k\":1},\"none\":[2],\"list\":[1, 3],\"added\":true}");
        assertThat((Map<String, Object>) Json.parse("{}")).isInstanceOf(LinkedHashMap.class);
    }

    @Test
    void escapes_are_read_back_to_the_characters_they_stand_for() {
        assertThat(Json.parse("\"\\n\\r\\t\\b\\f\\/\\\"\\\\\\u0041\\u00e9\\u2028\""))
                .isEqualTo("\n\r\t\b\f/\"\\Aé\u2028");
    }

    @Test
    void what_is_written_is_read_back_the_same() {
        StringBuilder awkward = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            awkward.append(c);
        }
        awkward.append("\u2028\u2029é€");
        Map<String, Object> deep = new LinkedHashMap<>();
        deep.put("text", awkward.toString());
        deep.put("numbers", List.of(0L, -1L, Long.MAX_VALUE, 0.5, -1.25e-7));
        deep.put("nested", List.of(List.of(List.of()), Map.of("k", List.of(Map.of()))));
        deep.put("nothing", null);
        List<Object> outer = new ArrayList<>();
        outer.add(deep);
        outer.add(true);

        assertThat(Json.parse(Json.write(outer))).isEqualTo(outer);
        assertThat(Json.parse(Json.writeCompact(outer))).isEqualTo(outer);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                 | unexpected end at offset 0",
                "'   '              | unexpected end at offset 3",
                "tru                | unexpected character at offset 0",
                "nul                | unexpected character at offset 0",
                "fals               | unexpected character at offset 0",
                "x                  | unexpected character at offset 0",
                "'{1:2}'            | expected a key at offset 1",
                "'{\"a\" 1}'        | expected ':' at offset 5",
                "'{\"a\":1 \"b\":2}' | expected '}' at offset 7",
                "'{\"a\":1,}'       | expected a key at offset 7",
                "'{'                | unexpected end at offset 1",
                "'{\"a\":1'         | unexpected end at offset 6",
                "'[1 2]'            | expected ']' at offset 3",
                "'[1,'              | unexpected end at offset 3",
                "'['                | unexpected end at offset 1",
                "'\"abc'            | unterminated string at offset 4",
                "'\"ab\\'           | unterminated escape at offset 4",
                "'\"\\u12'          | short unicode escape at offset 3",
                "1-2                | bad number 1-2 at offset 3",
                "1.5.2              | bad number 1.5.2 at offset 5",
                "'[1] 2'            | trailing characters at offset 4",
                "'truex'            | trailing characters at offset 4",
            })
    void text_that_is_not_json_is_refused_saying_what_and_where(String text, String problem) {
        assertThatThrownBy(() -> Json.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not JSON: " + problem);
    }

    @Test
    void a_unicode_escape_with_its_four_digits_at_the_very_end_is_complete() {
        assertThatThrownBy(() -> Json.parse("\"\\u0041")).hasMessage("not JSON: unterminated string at offset 7");
    }
}
