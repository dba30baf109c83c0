package dev.rendezvous.tck.check;

import dev.rendezvous.api.Sockaddr;

/**
 * A socket a property bound (and perhaps set listening), with its name.
 *
 * @param fd its descriptor
 * @param name its name, as getsockname gives it
 */
public record Endpoint(int fd, Sockaddr name) {}
