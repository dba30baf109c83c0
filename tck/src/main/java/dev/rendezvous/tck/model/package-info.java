/**
 * The model of the contract's socket state machine and the call sequences checked against it.
 *
 * <p>A {@link dev.rendezvous.tck.model.CallSequence} draws steps (socket, bind, listen, connect,
 * accept, getsockname, getpeername, close) over several sockets of one family, in any order,
 * on open, closed and never-opened descriptors. Before each call the model says which outcomes
 * the contract allows in the target's state — success, or the errno a wrong call must give, or
 * a set where kernels differ — and why; after it, the model moves on with what happened. The
 * model tracks names (exact once seen, or the shape they must have) and, per listener, how many
 * connections are queued and how many may be, so that no step ever blocks: a blocking connect
 * goes only to a listener with room, a blocking accept only to a listener with a connection
 * queued.
 */
package dev.rendezvous.tck.model;
