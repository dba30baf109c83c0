package dev.rendezvous.reports.render;

/**
 * Escaping for XML and for the XHTML-compatible HTML the reports write: the five special
 * characters become entities, and characters that XML 1.0 cannot carry become U+FFFD, so
 * that whatever an implementation put into a message never breaks the page.
 */
public final class Xml {
    private Xml() {}

    /** {@code s} safe as element text or as a double-quoted attribute value. */
    public static String escape(String s) {
        String clean = clean(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@code s} with every character XML 1.0 cannot carry (control characters other than tab,
     * line feed and carriage return; unpaired surrogates; U+FFFE, U+FFFF) replaced by U+FFFD.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (allowed(c)) {
                b.append(c);
            } else {
                b.append('\uFFFD');
            }
        }
        return b.toString();
    }

    /** {@code s} safe as an attribute value that keeps its line breaks. */
    public static String attribute(String s) {
        return escape(s).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
