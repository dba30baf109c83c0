package dev.rendezvous.tck.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireJsonTest {
    @Test
    void a_message_decodes_to_what_was_encoded() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", 42L);
        m.put("thread", 3L);
        m.put("op", "bind");
        m.put("addr", "0200ff10");
        m.put("len", -1L);
        m.put("offered", null);
        m.put("blocking", true);
        m.put("other", false);
        m.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 unicode é");
        m.put("features", List.of("INET", "UNIX"));
        m.put("none", List.of());
        String line = WireJson.encode(m);
        assertThat(line).doesNotContain("\n");
        assertThat(WireJson.decode(line)).containsExactlyEntriesOf(m);
    }

    @Test
    void integers_are_read_as_longs_and_blanks_are_allowed() {
        assertThat(WireJson.decode(" { \"a\" : 1 , \"b\" : [ \"x\" , \"y\" ] } "))
                .containsOnly(Map.entry("a", 1L), Map.entry("b", List.of("x", "y")));
        assertThat(WireJson.decode("{}")).isEmpty();
        assertThat(WireJson.decode("{\"s\":\"\\u0041\\/\"}")).containsEntry("s", "A/");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "this is not json",
                "[]",
                "{",
                "{\"a\"}",
                "{\"a\":}",
                "{\"a\":1,}",
                "{\"a\":1} trailing",
                "{\"a\":1.5}",
                "{\"a\":1e3}",
                "{\"a\":{\"b\":1}}",
                "{\"a\":[1]}",
                "{\"a\":\"\\q\"}",
                "{\"a\":\"\\u12\"}",
                "{\"a\":1,\"a\":2}",
                "{\"a\":1234567890123456789}",
                "{\"a\":tru}",
                "{\"a\":\"unterminated}"
            })
    void what_is_not_a_flat_message_is_rejected_with_where(String line) {
        assertThatThrownBy(() -> WireJson.decode(line))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("at column");
    }

    @Test
    void only_the_values_of_the_protocol_are_encoded() {
        assertThatThrownBy(() -> WireJson.encode(Map.of("a", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Double");
    }

    @Test
    void hex_round_trips_and_rejects_what_is_not_hex() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertThat(WireHex.bytes(WireHex.of(all, 0, all.length))).isEqualTo(all);
        assertThat(WireHex.of(all, 254, 2)).isEqualTo("feff");
        assertThat(WireHex.bytes("")).isEmpty();
        assertThatThrownBy(() -> WireHex.bytes("abc")).hasMessageContaining("odd");
        assertThatThrownBy(() -> WireHex.bytes("zz")).hasMessageContaining("not a hex digit");
    }

    @Test
    void a_driver_command_splits_as_a_shell_would_without_expanding() {
        assertThat(DriverCommand.split("  ssh  host ./driver --x  ")).containsExactly("ssh", "host", "./driver", "--x");
        assertThat(DriverCommand.split("a 'b c' \"d \\\" e\" f\\ g '' $HOME *"))
                .containsExactly("a", "b c", "d \" e", "f g", "", "$HOME", "*");
        assertThatThrownBy(() -> DriverCommand.split("a 'b")).hasMessageContaining("unclosed ' quote");
        assertThatThrownBy(() -> DriverCommand.split("   ")).hasMessageContaining("empty");
        assertThat(Arrays.asList(DriverCommand.split("x").toArray())).containsExactly("x");
    }
}
