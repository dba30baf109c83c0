package dev.rendezvous.tck.results;

/** A value as one word of a POSIX shell command line, for the replay commands a result prints. */
public final class ShellWord {
    private ShellWord() {}

    /** {@code s} as one word for a POSIX shell: as is when it is plain, else single-quoted. */
    public static String of(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:=,+@%-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
