package dev.rendezvous.reports.cli;

/** The exit statuses of the command line. */
public final class ExitCodes {
    /** Conformant (run), no regression (diff), or done (report, clauses, help). */
    public static final int OK = 0;
    /** Not conformant (run: a clause failed that no baseline expects), or regressed (diff). */
    public static final int NOT_CONFORMANT = 1;
    /** Bad usage: an unknown option, a missing value, a missing or unreadable file, an unknown class or clause. */
    public static final int USAGE = 2;
    /** An internal error of the kit: a bug to report. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
