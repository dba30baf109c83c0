/**
 * The Rendezvous SPI: the connection-establishment calls of stream sockets ({@code socket},
 * {@code bind}, {@code listen}, {@code connect}, {@code accept}, {@code getsockname},
 * {@code getpeername}, {@code close}) one to one, with {@code int} descriptors, names as
 * {@code sockaddr} bytes with value-result lengths, and errno-style errors. Every type here is
 * {@link dev.rendezvous.api.Stable}. This package depends on nothing but the JDK.
 */
@Stable
package dev.rendezvous.api;
