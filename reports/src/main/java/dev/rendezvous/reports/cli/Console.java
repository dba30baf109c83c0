package dev.rendezvous.reports.cli;

import java.io.PrintWriter;

/**
 * Where the commands write and what they run.
 *
 * @param out standard output
 * @param err standard error: one line per problem
 * @param launcher what runs the kit
 * @param terminal whether the output is a terminal (progress is then one live line)
 */
public record Console(PrintWriter out, PrintWriter err, KitLauncher launcher, boolean terminal) {}
