package dev.rendezvous.tck.check;

/**
 * A call a property waited for did not finish within its deadline: a violation that carries
 * where the stuck thread stood, and that tells the harness the implementation may be wedged.
 */
public final class StuckCall extends Violation {
    private static final long serialVersionUID = 1L;
    private final String threadDump;

    public StuckCall(String message, Thread stuck) {
        super(message);
        StringBuilder s = new StringBuilder();
        s.append('"')
                .append(stuck.getName())
                .append("\" ")
                .append(stuck.getState())
                .append('\n');
        for (StackTraceElement e : stuck.getStackTrace()) {
            s.append("    at ").append(e).append('\n');
        }
        this.threadDump = s.toString();
    }

    /** Where the stuck thread stood when it was given up. */
    public String threadDump() {
        return threadDump;
    }
}
