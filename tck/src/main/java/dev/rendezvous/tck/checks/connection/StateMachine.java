package dev.rendezvous.tck.checks.connection;

import dev.rendezvous.tck.check.Case;
import dev.rendezvous.tck.check.Property;
import dev.rendezvous.tck.model.CallSequence;

/**
 * CONNECTION-ASYMMETRIC, model-based: generated sequences of socket, bind, listen, connect,
 * accept, getsockname, getpeername and close over several sockets of one family — in any
 * order, wrong ones included, on open, closed and never-opened descriptors — each outcome
 * checked against the model of the state machine unbound → bound → listening | connected →
 * closed, including the errno each wrong call must give. A socket takes one role: a listening
 * socket refuses to connect, a connected one refuses to listen.
 */
final class StateMachine extends Property {
    StateMachine() {
        super("CONNECTION-ASYMMETRIC", "state-machine");
    }

    @Override
    public void check(Case c) throws Exception {
        new CallSequence(c, c.family()).run();
    }
}
