package dev.rendezvous.tck.check;

import dev.rendezvous.api.AddressFamily;
import dev.rendezvous.api.Hex;
import dev.rendezvous.api.Sockaddr;
import dev.rendezvous.api.SockaddrBuffer;
import dev.rendezvous.api.SocketType;

/** How calls and names are written in traces and messages: C-like, with the bytes shown. */
public final class CallFormat {
    private CallFormat() {}

    /** A name given to bind or connect: decoded where possible, always with length and bytes. */
    public static String address(byte[] bytes, int length) {
        if (bytes == null) {
            return "NULL, " + length;
        }
        int shown = Math.max(0, Math.min(length, bytes.length));
        String decoded;
        try {
            decoded = Sockaddr.decode(bytes, shown).describe();
        } catch (IllegalArgumentException e) {
            decoded = shown >= 2 ? AddressFamily.name(Sockaddr.familyOf(bytes)) + " (malformed)" : "(too short)";
        }
        return "{" + decoded + " [" + Hex.of(bytes, shown) + "]}, " + length;
    }

    /** A value-result buffer before the call: the space offered and the array's size. */
    public static String offered(SockaddrBuffer b) {
        return b == null ? "NULL, NULL" : "buf[" + b.storage().length + "], &len=" + b.length();
    }

    /** A value-result buffer after the call: the length set and the bytes written. */
    public static String returned(SockaddrBuffer b) {
        if (b == null) {
            return "";
        }
        int shown = Math.min(b.length(), b.storage().length);
        String decoded;
        try {
            decoded = b.truncated()
                    ? "(truncated)"
                    : Sockaddr.decode(b.storage(), shown).describe();
        } catch (IllegalArgumentException e) {
            decoded = "(undecodable)";
        }
        return " len=" + b.length() + " name=" + decoded + " [" + Hex.of(b.storage(), shown) + "]";
    }

    /** socket(2)'s domain argument. */
    public static String domain(int domain) {
        return AddressFamily.name(domain);
    }

    /** socket(2)'s type argument. */
    public static String type(int type) {
        return type == SocketType.SOCK_STREAM
                ? "SOCK_STREAM"
                : type == SocketType.SOCK_DGRAM ? "SOCK_DGRAM" : String.valueOf(type);
    }
}
