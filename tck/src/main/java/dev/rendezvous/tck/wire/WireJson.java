package dev.rendezvous.tck.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one encode/decode pair of the wire protocol's messages: a flat JSON object on one line,
 * whose values are strings, whole numbers, booleans, {@code null} or arrays of strings. Nothing
 * else is a message; {@link #decode} rejects it with {@link WireFormatException} naming what is
 * wrong.
 */
public final class WireJson {
    private WireJson() {}

    /**
     * One line (without the newline) for {@code message}.
     *
     * @param message values of type {@link String}, {@link Long} or {@link Integer},
     *     {@link Boolean}, {@code null}, or a {@link List} of strings
     */
    public static String encode(Map<String, ?> message) {
        StringBuilder s = new StringBuilder(64);
        s.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : message.entrySet()) {
            if (!first) {
                s.append(',');
            }
            first = false;
            string(s, e.getKey());
            s.append(':');
            value(s, e.getValue());
        }
        return s.append('}').toString();
    }

    private static void value(StringBuilder s, Object v) {
        if (v == null) {
            s.append("null");
        } else if (v instanceof String) {
            string(s, (String) v);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Boolean) {
            s.append(v);
        } else if (v instanceof List) {
            s.append('[');
            List<?> list = (List<?>) v;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                string(s, (String) list.get(i));
            }
            s.append(']');
        } else {
            throw new IllegalArgumentException(
                    "not a value of a wire message: " + v.getClass().getName());
        }
    }

    private static void string(StringBuilder s, String v) {
        s.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }

    /**
     * The message of one line: keys in the order written; numbers as {@link Long}.
     *
     * @throws WireFormatException when the line is not one flat object of the protocol
     */
    public static Map<String, Object> decode(String line) {
        return new Reader(line).message();
    }

    /** A cursor over one line. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Map<String, Object> message() {
            Map<String, Object> out = new LinkedHashMap<>();
            space();
            expect('{');
            space();
            if (peek() == '}') {
                at++;
            } else {
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    space();
                    if (out.put(key, value()) != null) {
                        throw fail("the key \"" + key + "\" twice");
                    }
                    space();
                    char c = next();
                    if (c == '}') {
                        break;
                    }
                    if (c != ',') {
                        throw fail("',' or '}' expected");
                    }
                }
            }
            space();
            if (at != text.length()) {
                throw fail("text after the object");
            }
            return out;
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '[') {
                return strings();
            }
            if (c == '-' || c >= '0' && c <= '9') {
                return number();
            }
            for (String word : new String[] {"true", "false", "null"}) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            throw fail("a string, a whole number, true, false, null or an array of strings expected");
        }

        private List<String> strings() {
            expect('[');
            List<String> out = new ArrayList<>();
            space();
            if (peek() == ']') {
                at++;
                return out;
            }
            while (true) {
                space();
                out.add(string());
                space();
                char c = next();
                if (c == ']') {
                    return out;
                }
                if (c != ',') {
                    throw fail("',' or ']' expected in an array");
                }
            }
        }

        private Long number() {
            int start = at;
            if (peek() == '-') {
                at++;
            }
            int digits = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == digits || at - digits > 18) {
                throw fail("a whole number of 1 to 18 digits expected");
            }
            if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
                throw fail("a whole number expected");
            }
            return Long.parseLong(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return s.toString();
                }
                if (c < 0x20) {
                    throw fail("a control character in a string");
                }
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> s.append(e);
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'u' -> s.append(unicode());
                    default -> throw fail("an unknown escape \\" + e);
                }
            }
        }

        private char unicode() {
            if (at + 4 > text.length()) {
                throw fail("four hex digits expected after \\u");
            }
            try {
                char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
                at += 4;
                return c;
            } catch (NumberFormatException e) {
                throw fail("four hex digits expected after \\u");
            }
        }

        private void space() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw fail("the line ends early");
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                at--;
                throw fail("'" + c + "' expected");
            }
        }

        private WireFormatException fail(String what) {
            return new WireFormatException(what + " at column " + (at + 1));
        }
    }
}
