package dev.rendezvous.tck.wire;

import java.util.Map;

/**
 * One line the driver wrote in answer to a request: the line as written (evidence) and its
 * fields.
 */
record Answer(String line, Map<String, Object> fields) {}
